import type {MiddlewareHandler} from 'hono'
import {getCookie, setCookie} from 'hono/cookie'
import {
  changedPreferences,
  defaultPreferences,
  deserializePreferences,
  parsePreferences,
  preferenceAttributes,
  preferencesCookie,
  serializePreferences,
  type Preferences
} from './preferences.ts'

declare module 'hono' {
  interface ContextVariableMap {
    /** The reader's preferences for this request (cookie, then query-string defaults, then the defaults). */
    preferences: Preferences
  }
}

/** How long the preferences cookie lasts: one year, in seconds. */
export const preferencesMaxAge = 365 * 24 * 60 * 60

/**
 * Set the preferences cookie on the response (`SameSite=Lax`, a year, `Secure` over HTTPS).
 * Not `HttpOnly`: the browser script updates it when a reader changes a setting.
 */
export function savePreferences(c: Parameters<MiddlewareHandler>[0], preferences: Partial<Preferences>): void {
  const value = serializePreferences(preferences)
  setCookie(c, preferencesCookie, value, {
    path: '/',
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: value === '' ? 0 : preferencesMaxAge
  })
}

/** Add `attributes` to the first `<html …>` start tag of a document (the root element). */
function addRootAttributes(html: string, attributes: Readonly<Record<string, string>>): string {
  const added = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')
  return html.replace(/<html(?=[\s>])/i, `<html${added}`)
}

/**
 * Reading preferences on every page, without JavaScript.
 *
 * - Reads the cookie {@link preferencesCookie}; preferences in the query string
 *   (`?size=large&theme=sepia`, as a school's preset link) fill in whatever the reader has not
 *   set, and are saved to the cookie so they persist on the next pages. Unknown names and
 *   values are ignored, never reflected.
 * - Makes them available to handlers as `c.get('preferences')`.
 * - Applies them to every HTML page as `data-*` attributes on `<html>` (allowlisted values only),
 *   which `/assets/site.css` turns into styles — no inline style, so CSP `style-src 'self'` holds.
 * - Pages vary by `Cookie`; a response that saves the cookie is `Cache-Control: private, no-store`.
 *
 * Returns the middleware; register it inside the HTTP cache, so cached pages are per cookie.
 */
export function readingPreferences(): MiddlewareHandler {
  return async function readingPreferencesMiddleware(c, next) {
    const saved = deserializePreferences(getCookie(c, preferencesCookie))
    const fromQuery = changedPreferences(parsePreferences(new URL(c.req.url).searchParams))
    const preferences: Preferences = {...defaultPreferences, ...fromQuery, ...saved}
    c.set('preferences', preferences)
    const merged = {...fromQuery, ...saved}
    const adopt = c.req.method === 'GET' && Object.keys(merged).length > Object.keys(saved).length

    await next()

    if (adopt && c.res.status < 400 && !c.res.headers.get('Set-Cookie')?.includes(`${preferencesCookie}=`)) {
      savePreferences(c, merged)
      c.header('Cache-Control', 'private, no-store')
    }
    const type = c.res.headers.get('Content-Type') ?? ''
    if (!type.startsWith('text/html')) return
    const vary = c.res.headers.get('Vary') ?? ''
    if (!/(?:^|,)\s*(?:cookie|\*)\s*(?:,|$)/i.test(vary)) c.header('Vary', vary === '' ? 'Cookie' : `${vary}, Cookie`)
    const attributes = preferenceAttributes(c.get('preferences'))
    if (Object.keys(attributes).length === 0 || !c.res.body) return
    const html = addRootAttributes(await c.res.text(), attributes)
    c.res = new Response(html, {status: c.res.status, statusText: c.res.statusText, headers: c.res.headers})
    c.res.headers.delete('Content-Length')
  }
}
