import {describe, expect, it} from 'vitest'
import {axeViolations} from '../helpers/browser.ts'
import {useChromiumSession} from '../helpers/chromium-session.ts'

const seed = 'kazakhstan-russian-alliance-troops'
const session = useChromiumSession()

describe('text-only pages in real Chromium', () => {
  it.each(['/text', `/articles/${seed}/text`, `/articles/${seed}/text?level=original`, `/articles/${seed}/text?level=easy`])(
    'axe-core finds no violations on %s',
    async (path) => {
      const page = await session.browser.newPage()
      await page.goto(session.url + path)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    }
  )

  it('loads in one request, and its hashed inline style applies under its CSP with no violation', async () => {
    const page = await session.browser.newPage()
    const requests: string[] = []
    const violations: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${session.url}/articles/${seed}/text`)
    await page.waitForLoadState('load')
    expect(requests.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([`${session.url}/articles/${seed}/text`])
    expect(violations).toEqual([])
    // The page's own CSS is in force: a readable measure of 40em.
    const width = await page.evaluate(() => getComputedStyle(document.body).maxWidth)
    const em = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
    expect(width).toBe(`${40 * em}px`)
    await page.close()
  })

  it('reflows at 320 px without horizontal scrolling', async () => {
    const page = await session.browser.newPage({viewport: {width: 320, height: 640}})
    await page.goto(`${session.url}/articles/${seed}/text`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await page.close()
  })
})
