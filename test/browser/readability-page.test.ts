import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations, launchChromium} from '../helpers/browser.ts'
import {serveApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'
let browser: Browser
let server: {url: string; close: () => Promise<void>}

beforeAll(async () => {
  server = await serveApp()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('scores panel, hard-sentence marks and chart in real Chromium', () => {
  it('axe-core finds no violations with the panel, the chart and its table open, and the marks shown', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/articles/${seed}?level=original`)
    expect(await page.locator('.scores-panel').count()).toBe(1)
    expect(await page.locator('.difficulty-chart svg rect.chart-bar').count()).toBe(20)
    expect(await axeViolations(page)).toEqual([])

    // Marks are hidden until asked for, then shown as text beside each hard sentence.
    const marks = page.locator('.article-body .difficulty-mark')
    const hard = await page.locator('.article-body .sentence.hard, .article-body .sentence.very-hard').count()
    expect(hard).toBeGreaterThan(0)
    expect(await marks.count()).toBe(hard)
    expect(await marks.first().isVisible()).toBe(false)
    await page.getByLabel('Mark hard sentences in the text').check()
    expect(await marks.first().isVisible()).toBe(true)
    expect(await marks.first().textContent()).toMatch(/^(Very hard|Hard) sentence, grade \d+\.\d$/)
    await page.locator('.scores-details summary').click()
    await page.locator('.difficulty-table summary').click()
    expect(await page.locator('.difficulty-table tbody tr').count()).toBe(20)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('marks work without JavaScript, and the default (plain) page passes axe with the panel', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`${server.url}/articles/${seed}?level=original`)
    await page.getByLabel('Mark hard sentences in the text').check()
    expect(await page.locator('.article-body .difficulty-mark').first().isVisible()).toBe(true)
    await page.goto(`${server.url}/articles/${seed}`)
    expect(await page.locator('.scores-panel').count()).toBe(1)
    await context.close()
    const withScript = await browser.newPage()
    await withScript.goto(`${server.url}/articles/${seed}`)
    expect(await axeViolations(withScript)).toEqual([])
    await withScript.close()
  })
})
