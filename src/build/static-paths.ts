/** File extensions of the media types the site serves, for files of a static export. */
export const exportExtensions: Readonly<Record<string, string>> = {
  'text/html': 'html',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/css': 'css',
  'text/javascript': 'js',
  'application/javascript': 'js',
  'application/json': 'json',
  'application/ld+json': 'jsonld',
  'application/ssml+xml': 'ssml',
  'application/pls+xml': 'pls',
  'application/atom+xml': 'xml',
  'application/xml': 'xml',
  'text/xml': 'xml'
}

/**
 * The path a URL of the app has in a static export, where there are no query strings: query
 * values become part of the path — `/articles/a?level=easy` → `/articles/a/easy`,
 * `/articles/a/text?level=easy` → `/articles/a/text/easy`, `/articles/a.txt?level=easy` →
 * `/articles/a.easy.txt`. Parameters are taken in name order so the same page has one path.
 *
 * Returns the path, or `undefined` when a query value is not a plain word (such a URL is not exported).
 */
export function staticPath(url: URL): string | undefined {
  const values = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value)
  if (values.length === 0) return url.pathname
  if (!values.every((value) => /^[a-z0-9-]+$/.test(value))) return undefined
  const suffix = values.join('-')
  const extension = /\.[a-z0-9]+$/.exec(url.pathname.slice(url.pathname.lastIndexOf('/')))?.[0]
  return extension ? `${url.pathname.slice(0, -extension.length)}.${suffix}${extension}` : `${url.pathname.replace(/\/$/, '')}/${suffix}`
}

/**
 * The URL a page of the export is linked by: the static path, plus the file extension when the
 * path has none and the file is not HTML (static hosts serve `/a` from `a.html`, not from `a.json`).
 *
 * Returns the path to link to.
 */
export function staticHref(path: string, type: string): string {
  const extension = exportExtensions[type] ?? 'html'
  if (extension === 'html' || path.endsWith(`.${extension}`)) return path
  return `${path === '/' ? '/index' : path}.${extension}`
}

/**
 * Rewrite the internal links of an HTML page (`href`, `src`) to their static export paths with
 * `hrefOf`, keeping fragments; external links and fragments alone are left as they are.
 *
 * Returns the rewritten HTML.
 */
export function rewriteLinks(html: string, hrefOf: (url: URL) => string | undefined): string {
  return html.replace(/(\s(?:href|src)=")([^"]*)"/g, (whole, start: string, value: string) => {
    const raw = value.replace(/&amp;/g, '&')
    if (!raw.startsWith('/') || raw.startsWith('//')) return whole
    const url = new URL(raw, 'http://export.invalid')
    const href = hrefOf(url)
    return href === undefined ? whole : `${start}${(href + url.hash).replace(/&/g, '&amp;')}"`
  })
}

/**
 * The internal links (`href`, `src`) of an HTML page, without fragments.
 *
 * Returns root-relative URLs such as `/articles/a?level=easy`.
 */
export function internalLinks(html: string): string[] {
  const links: string[] = []
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = (match[1] ?? '').replace(/&amp;/g, '&')
    if (!raw.startsWith('/') || raw.startsWith('//')) continue
    const url = new URL(raw, 'http://export.invalid')
    links.push(url.pathname + url.search)
  }
  return links
}
