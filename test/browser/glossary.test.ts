import type {Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/browser.ts'
import {useChromiumSession} from '../helpers/chromium-session.ts'

const seed = '/articles/kazakhstan-russian-alliance-troops'
const pasted = `---
title: Leaders meet
date: 2024-03-01
lang: en
---

The IMF and the WHO met in Geneva. The CSTO did not.
`
const session = useChromiumSession([{path: 'content/leaders-meet.md', text: pasted}])

/** Whether the element with `id` is at least partly inside the viewport. */
function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const box = document.getElementById(target)?.getBoundingClientRect()
    return box !== undefined && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight
  }, id)
}

describe('glossary in real Chromium', () => {
  it.each([`${seed}?level=original`, seed, `${seed}?level=easy`])(
    'without JavaScript, every term link of %s opens its definition and the back-link returns the reader to that place',
    async (path) => {
      const context = await session.browser.newContext({javaScriptEnabled: false, viewport: {width: 800, height: 600}})
      const page = await context.newPage()
      await page.goto(session.url + path)
      const terms = await page.locator('.sentence a.term[id]').evaluateAll((links) =>
        links.map((link) => ({id: link.id, href: link.getAttribute('href') ?? ''}))
      )
      // The easy version says some hard terms in common words instead (`the people in charge`), so it links fewer.
      expect(terms.length).toBeGreaterThanOrEqual(path.endsWith('level=easy') ? 15 : 20)
      for (const term of terms) {
        const entryId = term.href.slice(1)
        await page.locator(`#${term.id}`).click()
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(term.href)
        expect(await inView(page, entryId), `${entryId} in view`).toBe(true)
        const definition = page.locator(`#${entryId} .glossary-definition`)
        expect(await definition.isVisible()).toBe(true)
        expect((await definition.textContent())?.length).toBeGreaterThan(10)

        await page.locator(`#${entryId} a.back-link`).click()
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${term.id}`)
        expect(await inView(page, term.id), `${term.id} in view after going back`).toBe(true)
        expect(await inView(page, entryId), `${entryId} out of view after going back`).toBe(false)
        // The next Tab goes on from the term the reader left, not from the top of the page.
        await page.keyboard.press('Tab')
        const next = await page.evaluate((id) => {
          const from = document.getElementById(id)
          const active = document.activeElement
          return from !== null && active !== null && active !== from && Boolean(from.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
        }, term.id)
        expect(next, `focus continues after ${term.id}`).toBe(true)
      }
      await context.close()
    }
  )

  it('a glossary entry the shown version does not use links to the original article', async () => {
    const page = await session.browser.newPage()
    await page.goto(`${session.url}${seed}?level=easy`)
    const hrefs = await page.locator('.glossary a.back-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    for (const href of hrefs) {
      if (href.startsWith('#')) expect(await page.locator(href).count(), href).toBe(1)
      else expect(href).toMatch(/^\/articles\/kazakhstan-russian-alliance-troops\?level=original#s\d+$/)
    }
    await page.close()
  })

  it('with JavaScript, a term opens its definition in a popover next to it, and Escape returns focus to the term', async () => {
    const page = await session.browser.newPage({viewport: {width: 800, height: 600}})
    await page.goto(`${session.url}${seed}?level=original`)
    const link = page.locator('#use-term-post-soviet')
    await expect.poll(() => link.getAttribute('aria-haspopup')).toBe('dialog')
    await link.focus()
    await page.keyboard.press('Enter')
    const popover = page.locator('#glossary-popover')
    await expect.poll(() => popover.evaluate((element) => element.matches(':popover-open'))).toBe(true)
    expect(await page.evaluate(() => location.hash)).toBe('')
    expect(await popover.getAttribute('role')).toBe('dialog')
    expect(await popover.locator('.glossary-popover-title').textContent()).toBe('post-Soviet')
    expect(await popover.locator('.glossary-definition').textContent()).toMatch(/Soviet Union/)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-popover')
    expect(await inView(page, 'glossary-popover')).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => popover.evaluate((element) => element.matches(':popover-open'))).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('use-term-post-soviet')
    // The word list link still goes to the full entry.
    await link.click()
    await popover.locator('.glossary-popover-more').click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#term-post-soviet')
    expect(await popover.evaluate((element) => element.matches(':popover-open'))).toBe(false)
    await page.close()
  })

  it.each([`${seed}?level=original`, seed, '/articles/leaders-meet'])('axe-core finds no violations on %s with its glossary', async (path) => {
    const page = await session.browser.newPage()
    await page.goto(session.url + path)
    expect(await page.locator('.glossary dl dfn').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    // A definition opened from the text is still free of violations.
    await page.goto(`${session.url}${path}#term-csto`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
