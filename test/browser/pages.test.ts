import {describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/browser.ts'
import {useChromiumSession} from '../helpers/chromium-session.ts'

const seed = 'kazakhstan-russian-alliance-troops'
const session = useChromiumSession()

describe('pages in real Chromium', () => {
  it.each(['/', `/articles/${seed}`, '/no-such-page'])('axe-core finds no violations on %s', async (path) => {
    const page = await session.browser.newPage()
    await page.goto(session.url + path)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('the first Tab reaches the skip link, and it moves focus into main', async () => {
    const page = await session.browser.newPage()
    await page.goto(`${session.url}/articles/${seed}`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main-content')
    await page.close()
  })

  it('reads without JavaScript: every sentence is in the server-rendered page', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    // The default page shows the plain version; the original's 20 sentences are on ?level=original.
    await page.goto(`${session.url}/articles/${seed}?level=original`)
    const count = await page.locator('[data-sentence]').count()
    expect(count).toBe(20)
    await expect.poll(() => page.locator('h1').textContent()).toContain('Kazakhstan')
    await context.close()
  })

  it('reflows at 320 px wide and at 400 % zoom without horizontal scrolling', async () => {
    for (const viewport of [{width: 320, height: 640}, {width: 320, height: 256}]) {
      const page = await session.browser.newPage({viewport})
      await page.goto(`${session.url}/articles/${seed}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await page.close()
    }
  })

  it('respects a dark colour scheme and still passes contrast checks', async () => {
    const page = await session.browser.newPage({colorScheme: 'dark'})
    await page.goto(`${session.url}/articles/${seed}`)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(18, 18, 18)')
    expect(await axeViolations(page, ['wcag2aa'])).toEqual([])
    await page.close()
  })
})
