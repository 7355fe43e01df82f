import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {Hono} from 'hono'
import {toSSG} from 'hono/ssg'
import {createApp} from '../app.tsx'
import {formatContentError} from '../content/load-articles.ts'
import {loadContent} from '../content/load-content.ts'
import {readContentDir} from '../content/read-content-dir.ts'
import {bundleClient} from './bundle-client.ts'
import {exportExtensions, internalLinks, rewriteLinks, staticHref, staticPath} from './static-paths.ts'

/** What one fetched page of the export holds. */
interface Page {
  readonly path: string
  readonly type: string
  readonly body: string
}

/** Options of {@link exportSite}. */
export interface ExportOptions {
  /** Folder written to (default `dist`); emptied first. */
  readonly outDir: string
  /** Content folder read (default `content`). */
  readonly contentDir: string
  /** Origin of the published site, used for absolute links such as the feed's (default `http://localhost`). */
  readonly origin: string
}

/**
 * Every URL the export starts from: the home page, the text-only list, the feed, the lexicon and
 * the API lists, and for every article each page, level and format. Links found in HTML pages are
 * followed too, so whatever a page links to is exported.
 */
function seedUrls(slugs: readonly string[]): string[] {
  const levels = ['original', 'plain', 'easy']
  const urls = ['/', '/text', '/feed.xml', '/pronunciations.pls', '/api/articles', '/assets/site.css']
  for (const slug of slugs) {
    urls.push(`/articles/${slug}`, `/articles/${slug}/text`, `/articles/${slug}.txt`, `/articles/${slug}.md`)
    urls.push(`/articles/${slug}/speech.ssml`, `/api/articles/${slug}`)
    for (const level of levels) {
      for (const page of [`/articles/${slug}`, `/articles/${slug}/text`, `/articles/${slug}.txt`, `/articles/${slug}.md`, `/articles/${slug}/speech.ssml`]) {
        urls.push(`${page}?level=${level}`)
      }
    }
  }
  return urls
}

/**
 * Write the whole site as static files with hono's SSG helper (`toSSG`): every page, level and
 * format of every article, the client assets, the feed, the lexicon and the JSON API. Pages are
 * fetched from the real app; query URLs get paths (`/articles/a?level=easy` →
 * `/articles/a/easy.html`) and links in HTML are rewritten to match, so every internal link of
 * the export resolves to a file. A link to a page the app does not serve fails the export.
 *
 * Returns the files written, relative to `outDir`.
 */
export async function exportSite(options: ExportOptions): Promise<string[]> {
  const content = loadContent(await readContentDir(options.contentDir))
  for (const error of content.errors) console.error(formatContentError(error))
  const app = createApp({content, assets: await bundleClient()})

  const pages = new Map<string, Page>()
  const hrefs = new Map<string, string>()
  const queue = seedUrls(content.articles.map((article) => article.slug))
  const missing: string[] = []
  while (queue.length > 0) {
    const url = queue.shift() ?? '/'
    if (hrefs.has(url) || missing.includes(url)) continue
    const target = staticPath(new URL(url, options.origin))
    const response = await app.request(new URL(url, options.origin).href)
    if (response.status !== 200 || target === undefined) {
      missing.push(url)
      continue
    }
    const type = (response.headers.get('Content-Type') ?? 'text/html').split(';')[0]?.trim().toLowerCase() ?? 'text/html'
    const body = await response.text()
    pages.set(url, {path: target, type, body})
    hrefs.set(url, staticHref(target, type))
    if (type === 'text/html') queue.push(...internalLinks(body))
  }
  const linked = [...pages.values()].flatMap((page) => (page.type === 'text/html' ? internalLinks(page.body) : []))
  const broken = [...new Set(linked.filter((url) => !hrefs.has(url)))]
  if (broken.length > 0) throw new Error(`Pages link to URLs the app does not serve: ${broken.join(', ')}`)

  const site = new Hono()
  for (const page of pages.values()) {
    const body = page.type === 'text/html' ? rewriteLinks(page.body, (url) => hrefs.get(url.pathname + url.search)) : page.body
    site.get(page.path, () => new Response(body, {headers: {'Content-Type': page.type}}))
  }
  await rm(options.outDir, {recursive: true, force: true})
  const fs = {
    writeFile: (file: string, data: string | Uint8Array) => writeFile(file, data),
    mkdir: async (directory: string, mkdirOptions: {recursive: boolean}) => {
      await mkdir(directory, mkdirOptions)
    }
  }
  const result = await toSSG(site, fs, {dir: options.outDir, extensionMap: {...exportExtensions}})
  if (!result.success) throw result.error ?? new Error('The export failed.')
  return result.files.map((file) => path.relative(options.outDir, file)).sort()
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const {values} = parseArgs({
    options: {out: {type: 'string', default: 'dist'}, content: {type: 'string'}, origin: {type: 'string'}}
  })
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const files = await exportSite({
    outDir: path.resolve(values.out),
    contentDir: values.content ? path.resolve(values.content) : path.join(root, 'content'),
    origin: values.origin ?? process.env['SITE_URL'] ?? 'http://localhost'
  })
  console.log(`Exported ${files.length} files to ${values.out}/`)
}
