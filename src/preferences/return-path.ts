/**
 * A same-site path to return to after saving preferences, from a `back` field or the `Referer`
 * header: only a path on this site (`/articles/x?level=easy`), never another origin, a
 * protocol-relative `//host` address or the preferences page itself.
 *
 * Returns the path with its query, or `undefined`.
 */
export function returnPath(candidate: string | undefined, requestUrl: string): string | undefined {
  if (candidate === undefined || candidate === '' || candidate.length > 500) return undefined
  let url: URL
  try {
    url = new URL(candidate, requestUrl)
  } catch {
    return undefined
  }
  if (url.origin !== new URL(requestUrl).origin) return undefined
  if (!/^\/(?!\/)[A-Za-z0-9\-._~/]*$/.test(url.pathname) || url.pathname.startsWith('/preferences')) return undefined
  if (url.pathname === '/read') return undefined
  return url.pathname + url.search
}
