import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {palettes} from '../../src/preferences/theme-palettes.ts'
import {axeViolations} from '../helpers/browser.ts'
import {useChromiumSession} from '../helpers/chromium-session.ts'

const article = '/articles/kazakhstan-russian-alliance-troops'
const shots = mkdtempSync(join(tmpdir(), 'plainread-preferences-'))
const session = useChromiumSession()

/** `#rrggbb` as the `rgb(r, g, b)` a computed style reports. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

/** Computed styles that preferences change, read off the page. */
function styles(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body)
    const paragraph = document.querySelector('main p') ?? document.body
    const text = getComputedStyle(paragraph)
    return {
      rootSize: getComputedStyle(document.documentElement).fontSize,
      background: body.backgroundColor,
      color: body.color,
      font: body.fontFamily,
      lineHeight: Number.parseFloat(text.lineHeight) / Number.parseFloat(text.fontSize),
      letterSpacing: text.letterSpacing,
      wordSpacing: text.wordSpacing,
      measure: Number.parseFloat(getComputedStyle(document.querySelector('main') ?? document.body).maxWidth)
    }
  })
}

describe('reading preferences in real Chromium', () => {
  it('without JavaScript: the form changes the rendered page, and the choice persists across pages', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false, viewport: {width: 900, height: 900}})
    const page = await context.newPage()
    await page.goto(session.url + article)
    const before = await styles(page)
    const plainShot = await page.screenshot({path: join(shots, 'article-default.png')})

    await page.goto(`${session.url}/preferences`)
    await page.check('#size-x-large')
    await page.check('#line-spacing-loose')
    await page.check('#letter-spacing-wider')
    await page.check('#word-spacing-wide')
    await page.check('#width-narrow')
    await page.check('#theme-sepia')
    await page.check('#font-serif')
    await page.getByRole('button', {name: 'Save preferences'}).click()
    await page.waitForURL(/saved=1/)
    expect(await page.getByRole('status').first().textContent()).toContain('Your preferences are saved.')
    await page.screenshot({path: join(shots, 'preferences-saved.png'), fullPage: true})

    for (const path of [article, '/', '/read', `${article}?level=easy`]) {
      await page.goto(session.url + path)
      const after = await styles(page)
      expect(after.rootSize).toBe('23.04px') // 144 % of 16 px
      expect(after.background).toBe(rgb(palettes.sepia.bg))
      expect(after.color).toBe(rgb(palettes.sepia.fg))
      expect(after.font).toMatch(/^Georgia/)
      expect(after.letterSpacing).not.toBe(before.letterSpacing)
      expect(after.wordSpacing).not.toBe(before.wordSpacing)
      expect(after.lineHeight).toBeCloseTo(2.3, 1)
      expect(after.measure).toBeCloseTo(32 * 23.04, 0)
    }
    await page.goto(session.url + article)
    const changedShot = await page.screenshot({path: join(shots, 'article-preferences.png')})
    expect(Buffer.compare(plainShot, changedShot)).not.toBe(0)
    expect(before.background).not.toBe(rgb(palettes.sepia.bg))
    expect(readFileSync(join(shots, 'article-preferences.png')).byteLength).toBeGreaterThan(1000)
    await context.close()
  })

  it('without JavaScript: a preset link sets the defaults for a class', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`${session.url}/?size=large&theme=high-contrast&focus=line`)
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('high-contrast')
    await page.getByRole('link', {name: 'Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops'}).click()
    const after = await styles(page)
    expect(after.rootSize).toBe('19.52px')
    expect(after.background).toBe('rgb(0, 0, 0)')
    await page.screenshot({path: join(shots, 'preset-high-contrast.png')})
    await context.close()
  })

  it.each(['light', 'dark', 'sepia', 'high-contrast'])('the %s theme passes axe-core’s colour-contrast rule on every page', async (theme) => {
    const context = await session.browser.newContext({colorScheme: theme === 'light' || theme === 'sepia' ? 'dark' : 'light'})
    const page = await context.newPage()
    for (const path of [`${article}?theme=${theme}`, `${article}?level=easy`, `${article}?level=original`, '/', '/read', '/preferences']) {
      await page.goto(session.url + path)
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme)
      expect(await axeViolations(page, ['wcag2aa'])).toEqual([])
    }
    await page.screenshot({path: join(shots, `theme-${theme}.png`)})
    await context.close()
  })

  it('with JavaScript: a change applies at once, is announced, and is saved for the next page', async () => {
    const context = await session.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${session.url}/preferences`)
    await page.check('#theme-dark')
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(palettes.dark.bg))
    expect(await page.locator('[data-preferences-status]').textContent()).toBe('Colours: Dark. Saved.')
    await page.check('#size-large')
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('19.52px')
    await page.goto(session.url + article)
    expect(await page.evaluate(() => [document.documentElement.dataset['theme'], document.documentElement.dataset['size']])).toEqual(['dark', 'large'])
    await context.close()
  })

  it('with JavaScript: line focus shows a reading ruler that follows the pointer and the arrow keys', async () => {
    const context = await session.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${session.url}${article}?focus=line`)
    const ruler = page.locator('.line-focus-ruler')
    await page.mouse.move(300, 400)
    await page.mouse.move(320, 420)
    await expect.poll(() => ruler.isVisible()).toBe(true)
    expect(await ruler.evaluate((element) => element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2)).toBeCloseTo(420, -1)
    await page.keyboard.press('Alt+l')
    const top = await ruler.evaluate((element) => element.getBoundingClientRect().top)
    await page.keyboard.press('ArrowDown')
    expect(await ruler.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThan(top)
    await page.keyboard.press('Escape')
    await page.mouse.move(5, 5)
    await context.close()
  })

  it('axe-core finds no violations on /read, its errors, its result, and the preferences form', async () => {
    const page = await session.browser.newPage()
    await page.goto(`${session.url}/read`)
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', {name: 'Read this article'}).click()
    await page.waitForLoadState()
    expect(await page.locator('.error-summary').textContent()).toContain('Paste the text of an article')
    expect(await axeViolations(page)).toEqual([])

    const seed = readFileSync(new URL('../../../shared/seed/000_b8e0d7ba9690e0e6.txt', import.meta.url), 'utf8')
    await page.fill('#read-text', seed)
    await page.getByRole('button', {name: 'Read this article'}).click()
    await page.waitForSelector('#article-title')
    expect(await page.locator('#article-title').textContent()).toBe('Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops')
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({path: join(shots, 'read-result.png')})

    await page.getByRole('button', {name: 'Easy read'}).click()
    await page.waitForSelector('#easy-1')
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${session.url}/preferences`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
