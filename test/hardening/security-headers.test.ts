import {describe, expect, it} from 'vitest'
import {bundledApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'

/** Directives of a Content-Security-Policy header, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values])
  )
}

const requests: readonly (readonly [string, RequestInit?])[] = [
  ['/'],
  [`/articles/${seed}`],
  [`/articles/${seed}?level=easy`],
  [`/articles/${seed}/text`],
  [`/articles/${seed}.txt`],
  [`/articles/${seed}.md`],
  [`/articles/${seed}/speech.ssml`],
  ['/api/articles'],
  [`/api/articles/${seed}`],
  ['/assets/site.css'],
  ['/no-such-page'],
  ['/api/no-such-route'],
  ['/articles/x?level=nonsense'],
  [`/articles/${seed}?level=nonsense`],
  ['/read'],
  ['/preferences'],
  ['/text'],
  ['/feed.xml'],
  ['/api/status'],
  ['/api/analyze', {method: 'POST', body: 'Troops arrived.', headers: {'content-type': 'text/plain'}}],
  ['/api/analyze', {method: 'POST', body: '{', headers: {'content-type': 'application/json'}}],
  ['/api/analyze', {method: 'POST', body: 'x', headers: {'content-type': 'image/png'}}],
  ['/api/analyze', {method: 'POST', body: 'x'.repeat(1024 * 1024 + 1), headers: {'content-type': 'text/plain'}}]
]

describe('security headers', () => {
  it.each(requests.map(([url, init]) => ({url, init, method: init?.method ?? 'GET'})))('$method $url has a strict CSP, nosniff, a referrer policy and a permissions policy', async ({url, init}) => {
    const app = await bundledApp()
    const response = await app.request(url, init)
    const type = response.headers.get('content-type') ?? ''
    expect(type, url).not.toBe('')
    const csp = directives(response.headers.get('content-security-policy') ?? '')
    expect(['self', 'none'].map((value) => `'${value}'`)).toContain(csp.get('default-src')?.join(' '))
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    const scripts = csp.get('script-src') ?? csp.get('default-src') ?? []
    expect(scripts.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|data:|blob:/)
    expect((csp.get('style-src') ?? []).join(' ')).not.toMatch(/unsafe-inline|unsafe-hashes/)
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toMatch(/^(?:no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/)
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const permissions = response.headers.get('permissions-policy') ?? ''
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'bluetooth', 'serial', 'hid', 'midi', 'display-capture']) {
      expect(permissions, feature).toContain(`${feature}=()`)
    }
    expect(response.headers.has('x-powered-by')).toBe(false)
    if (/^text\/html/.test(type)) {
      // No inline script, handler or style attribute: the CSP would block them, so none may be needed.
      const html = await response.text()
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, url).toMatch(/\ssrc="\/assets\/[a-z0-9-]+\.js"|type="application\/ld\+json"/)
      expect(html, url).not.toMatch(/<[a-z][^>]*\s(?:on[a-z]+|style)=/i)
      expect(html, url).not.toMatch(/javascript:/i)
    }
  })
})
