import {describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/browser.ts'
import {useChromiumSession} from '../helpers/chromium-session.ts'

const seed = 'kazakhstan-russian-alliance-troops'
const session = useChromiumSession()

describe('scores panel, hard-sentence marks and chart in real Chromium', () => {
  it.each(['original', 'plain', 'easy'])(
    '%s: axe-core finds no violations with the panel, the chart and its tables open, and the marks shown',
    async (level) => {
      const page = await session.browser.newPage()
      await page.goto(`${session.url}/articles/${seed}?level=${level}`)
      expect(await page.locator('.scores-panel').count()).toBe(1)
      const bars = await page.locator('.difficulty-chart svg rect.chart-bar').count()
      if (level === 'original') expect(bars).toBe(20)
      else expect(bars).toBeGreaterThan(0)
      expect(await page.locator('.difficulty-chart figcaption').textContent()).toContain(level === 'original' ? 'the original' : `the ${level} version`)
      expect(await axeViolations(page)).toEqual([])

      // Marks are hidden until asked for, then shown as text beside each hard sentence of the shown version.
      const shown = level === 'original' ? '.article-body' : `[id^="${level}-"]`
      const marks = page.locator('.difficulty-mark:visible')
      expect(await marks.count()).toBe(0)
      await page.getByLabel('Mark hard sentences in the text').check()
      const hard = await page.locator(`.sentence.hard${level === 'original' ? '' : shown}, .sentence.very-hard${level === 'original' ? '' : shown}`).count()
      expect(hard).toBeGreaterThan(0)
      expect(await marks.count()).toBeGreaterThanOrEqual(hard)
      expect(await marks.first().textContent()).toMatch(/^(Very hard|Hard) sentence, grade \d+\.\d$/)
      await page.locator('.scores-details summary').click()
      await page.locator('.difficulty-table summary').click()
      expect(await page.locator('.difficulty-table tbody tr').count()).toBe(bars)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    }
  )

  it('marks work without JavaScript', async () => {
    const context = await session.browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`${session.url}/articles/${seed}?level=original`)
    expect(await page.locator('.article-body .difficulty-mark').first().isVisible()).toBe(false)
    await page.getByLabel('Mark hard sentences in the text').check()
    expect(await page.locator('.article-body .difficulty-mark').first().isVisible()).toBe(true)
    await context.close()
  })
})
