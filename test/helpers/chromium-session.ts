import type {Browser} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import type {ContentSource} from '../../src/content/load-articles.ts'
import {launchChromium} from './browser.ts'
import {serveApp} from './serve-app.ts'

/** Real Chromium and the real app on a loopback port, for the tests of one file. */
export interface ChromiumSession {
  /** Set before the first test runs. */
  readonly browser: Browser
  /** The server's base URL, such as `http://127.0.0.1:41234`. */
  readonly url: string
}

/**
 * Start the real app (bundled content plus `extra`) and headless Chromium before the file's tests,
 * and stop both after them.
 *
 * Returns the session; read its fields inside tests, not at module level.
 */
export function useChromiumSession(extra: readonly ContentSource[] = []): ChromiumSession {
  let browser: Browser | undefined
  let server: Awaited<ReturnType<typeof serveApp>> | undefined
  beforeAll(async () => {
    server = await serveApp(extra)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running: use the session inside a test')
      return browser
    },
    get url() {
      if (!server) throw new Error('The server is not running: use the session inside a test')
      return server.url
    }
  }
}
