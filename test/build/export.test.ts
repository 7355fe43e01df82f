import {execFile} from 'node:child_process'
import {existsSync, statSync} from 'node:fs'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {staticPath} from '../../src/build/static-paths.ts'
import {parseXml} from '../formats/parse-xml.ts'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const seed = 'kazakhstan-russian-alliance-troops'

/** Every file under a folder, relative to it. */
async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {recursive: true, withFileTypes: true})
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
}

/** The file a static host serves for a root-relative path: the file itself, `<path>.html` or `<path>/index.html`. */
function fileFor(site: string, urlPath: string): string | undefined {
  const base = path.join(site, decodeURIComponent(urlPath))
  if (!base.startsWith(site)) return undefined
  return [base, `${base}.html`, path.join(base, 'index.html')].find((file) => existsSync(file) && statSync(file).isFile())
}

describe('static export (npm run export)', () => {
  let site = ''

  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'plainread-export-'))
    await run('npm', ['run', '--silent', 'export', '--', '--out', site, '--origin', 'https://news.example'], {cwd: root})
  }, 120_000)

  afterAll(async () => {
    if (site) await rm(site, {recursive: true, force: true})
  })

  it('writes every page, level and format of every article, the assets, the feed and the lexicon', async () => {
    const files = await filesUnder(site)
    const expected = ['index.html', 'text.html', 'feed.xml', 'pronunciations.pls', 'assets/site.css', 'assets/reader.js', `api/articles/${seed}.json`]
    for (const page of [`articles/${seed}`, `articles/${seed}/text`]) {
      expected.push(`${page}.html`, ...['original', 'plain', 'easy'].map((level) => `${page}/${level}.html`))
    }
    for (const format of ['txt', 'md']) {
      expected.push(`articles/${seed}.${format}`, ...['original', 'plain', 'easy'].map((level) => `articles/${seed}.${level}.${format}`))
    }
    expected.push(`articles/${seed}/speech.ssml`, ...['original', 'plain', 'easy'].map((level) => `articles/${seed}/speech.${level}.ssml`))
    for (const file of expected) expect(files, file).toContain(file)
  })

  it('has no internal link (href, src) in any page that does not resolve to a file', async () => {
    const pages = (await filesUnder(site)).filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(10)
    let checked = 0
    for (const page of pages) {
      const html = await readFile(path.join(site, page), 'utf8')
      const pageUrl = new URL(`/${page.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '')}`, 'https://news.example')
      for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        const value = (match[1] ?? '').replace(/&amp;/g, '&')
        const url = new URL(value, pageUrl)
        if (url.origin !== pageUrl.origin) continue
        if (match[0].trimStart().startsWith('action=')) continue // forms post to a server; a static host has none
        expect(url.search, `${page}: ${value}`).toBe('')
        const file = fileFor(site, url.pathname)
        expect(file, `${page}: ${value}`).toBeDefined()
        checked++
      }
    }
    expect(checked).toBeGreaterThan(50)
  })

  it('level links of the exported pages lead to the exported levels', async () => {
    const html = await readFile(path.join(site, `articles/${seed}/text/easy.html`), 'utf8')
    expect(html).toContain(`href="/articles/${seed}/text/plain"`)
    expect(html).toContain(`href="/articles/${seed}.easy.txt"`)
    expect(html).toContain('Easy</strong>')
  })

  it('the feed is valid Atom whose links resolve in the export', async () => {
    const feed = parseXml(await readFile(path.join(site, 'feed.xml'), 'utf8'))
    const links = [...feed.getElementsByTagName('link')].map((link) => link.getAttribute('href') ?? '')
    expect(links.length).toBeGreaterThan(2)
    for (const link of links) {
      const url = new URL(link)
      expect(url.origin).toBe('https://news.example')
      expect(fileFor(site, url.pathname), link).toBeDefined()
    }
  })

  it('maps query URLs to paths without collisions', () => {
    const path = (url: string) => staticPath(new URL(url, 'https://news.example'))
    expect(path('/articles/a?level=easy')).toBe('/articles/a/easy')
    expect(path('/articles/a/text?level=easy')).toBe('/articles/a/text/easy')
    expect(path('/articles/a.txt?level=easy')).toBe('/articles/a.easy.txt')
    expect(path('/articles/a/speech.ssml?level=plain')).toBe('/articles/a/speech.plain.ssml')
    expect(path('/articles/a?view=compare&level=easy')).toBe('/articles/a/easy-compare')
    expect(path('/articles/a?level=%3Cx%3E')).toBeUndefined()
    expect(path('/')).toBe('/')
  })
})
