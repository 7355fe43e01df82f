import {describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/browser.ts'
import {useChromiumSession} from '../helpers/chromium-session.ts'

const seed = 'kazakhstan-russian-alliance-troops'
const session = useChromiumSession()

describe('reading levels in real Chromium', () => {
  it.each(['?level=original', '?level=plain', '?level=easy', '?level=plain&view=compare', '?level=easy&view=compare', '?level=nope'])(
    'axe-core finds no violations on the article page %s',
    async (query) => {
      const page = await session.browser.newPage()
      await page.goto(`${session.url}/articles/${seed}${query}`)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    }
  )

  it('without JavaScript, the level switch changes the version and marks the current one', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`${session.url}/articles/${seed}`)
    const nav = page.getByRole('navigation', {name: 'Reading level'})
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('Plain language')
    await nav.getByRole('link', {name: 'Easy read', exact: true}).click()
    await page.waitForURL(/level=easy$/)
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('Easy read')
    expect(await page.getByRole('heading', {name: 'What happened'}).count()).toBe(1)
    await nav.getByRole('link', {name: 'Original', exact: true}).click()
    await page.waitForURL(/level=original$/)
    expect(await page.locator('[data-sentence]').count()).toBe(20)
    await context.close()
  })

  it('without JavaScript, “What changed?” opens by keyboard to show the original sentence, and its link reaches it', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`${session.url}/articles/${seed}?level=easy`)
    const details = page.locator('details.what-changed').first()
    const original = details.locator('.original-sentence')
    expect(await original.isVisible()).toBe(false)
    await details.locator('summary').focus()
    await page.keyboard.press('Enter')
    expect(await original.isVisible()).toBe(true)
    const text = ((await original.textContent()) ?? '').replace(/^Original: /, '')
    const link = details.locator('a[href*="level=original#s"]').first()
    const id = ((await link.getAttribute('href')) ?? '').split('#')[1] ?? ''
    await link.click()
    await page.waitForURL(new RegExp(`level=original#${id}$`))
    expect(await page.locator(`#${id}`).textContent()).toContain(text.slice(0, 20))
    expect(await page.locator(`#${id}`).isVisible()).toBe(true)
    await context.close()
  })

  it('the compare view reflows to one column at 320 px without horizontal scrolling', async () => {
    for (const viewport of [{width: 320, height: 640}, {width: 1024, height: 768}]) {
      const page = await session.browser.newPage({viewport})
      await page.goto(`${session.url}/articles/${seed}?level=plain&view=compare`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      const [first, second] = await page.locator('table.compare tbody tr').first().locator('td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().left))
      // Side by side when wide, one above the other when narrow.
      if (viewport.width === 320) expect(first).toBe(second)
      else expect(second).toBeGreaterThan(first ?? 0)
      await page.close()
    }
  })
})
