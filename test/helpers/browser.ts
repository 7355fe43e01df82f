import {createRequire} from 'node:module'
import {readFileSync} from 'node:fs'
import {chromium, type Browser, type LaunchOptions, type Page} from 'playwright-core'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Path of the Chromium binary: `CHROME_PATH` or Debian's `/usr/bin/chromium`. */
export const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium'

/** Launch real headless Chromium with the flags this machine needs. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    ...options,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-first-run',
      ...(options.args ?? [])
    ]
  })
}

/** The axe-core tags every page is checked against. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']

/** A violation as axe reports it, trimmed to what a failing test should print. */
export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/** Run axe-core in `page`. Returns its violations (an empty list when the page passes). */
export async function axeViolations(page: Page, tags: readonly string[] = axeTags): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, so the page's CSP (script-src 'self') stays in force.
  await page.evaluate(axeSource)
  return page.evaluate(async (runTags) => {
    const axe = (globalThis as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: {id: string; impact: string | null; help: string; nodes: {target: string[]}[]}[]}>}}).axe
    const result = await axe.run(document, {runOnly: {type: 'tag', values: runTags}})
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' '))
    }))
  }, [...tags])
}
