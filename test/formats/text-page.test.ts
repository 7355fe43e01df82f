import {execFile} from 'node:child_process'
import {request as httpRequest} from 'node:http'
import {createHash} from 'node:crypto'
import {promisify} from 'node:util'
import {gzipSync} from 'node:zlib'
import {parseHTML} from 'linkedom'
import {describe, expect, it} from 'vitest'
import {levelText} from '../../src/formats/level-text.ts'
import {levelNames} from '../../src/simplify/level.ts'
import type {Report} from '../../src/report/report.ts'
import {bundledApp, serveApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'
const run = promisify(execFile)
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

async function seedReport(): Promise<Report> {
  const app = await bundledApp()
  return (await (await app.request(`/api/articles/${seed}`)).json()) as Report
}

describe('text-only page', () => {
  it('is one light request: gzip ≤ 1.25 × gzip(visible text) + 600 bytes and < 14 KB; no script, stylesheet or image', async () => {
    const app = await bundledApp()
    const response = await app.request(`/articles/${seed}/text`, {headers: {'Accept-Encoding': 'gzip'}})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const served = new Uint8Array(await response.arrayBuffer()).byteLength
    const html = await (await app.request(`/articles/${seed}/text`)).text()
    const visible = squash(parseHTML(html).document.body.textContent ?? '')
    const budget = 1.25 * gzipSync(visible).byteLength + 600
    console.info(`text-only page: ${html.length} bytes, ${served} gzip; visible text gzip ${gzipSync(visible).byteLength}; budget ${budget}`)
    expect(served).toBeLessThanOrEqual(budget)
    expect(served).toBeLessThan(14 * 1024)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/i)
    expect(html).not.toMatch(/<img|<picture|<svg|<iframe|@font-face|url\(/i)
  })

  it('allows its one inline style by hash in its own CSP, and nothing else', async () => {
    const app = await bundledApp()
    const response = await app.request(`/articles/${seed}/text`)
    const html = await response.text()
    const css = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? ''
    expect(css.length).toBeGreaterThan(0)
    expect(Buffer.byteLength(css)).toBeLessThanOrEqual(1024)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain(`style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`)
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('script-src')
  })

  it('orders title → date → level links → text → glossary → scores, and every sentence of each level is there', async () => {
    const app = await bundledApp()
    const report = await seedReport()
    for (const level of levelNames) {
      const html = await (await app.request(`/articles/${seed}/text?level=${level}`)).text()
      const {document} = parseHTML(html)
      const main = document.querySelector('main')
      const text = squash(main?.textContent ?? '')
      const shown = levelText(report, level)
      // Each part is found after the one before it: the order is the page's reading order.
      let cursor = 0
      const next = (needle: string) => {
        const index = text.indexOf(squash(needle), cursor)
        expect(index, `${level}: ${needle}`).toBeGreaterThanOrEqual(cursor)
        cursor = index + squash(needle).length
      }
      next(report.title)
      next('2022')
      next('Level:')
      for (const sentence of shown.sentences) next(sentence.text)
      const glossary = (report as Report & {glossary?: {term: string}[]}).glossary ?? []
      if (glossary.length > 0) {
        next('Words to know')
        for (const entry of glossary) next(entry.term)
      }
      next(' words · ')
      expect(main?.querySelector('[aria-current="page"]')?.textContent).toBe(level[0]?.toUpperCase() + level.slice(1))
      expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2022-01-06')
    }
  })

  it('links only to text-only pages and text formats', async () => {
    const app = await bundledApp()
    for (const path of [`/articles/${seed}/text`, '/text']) {
      const html = await (await app.request(path)).text()
      const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1] ?? '')
      expect(hrefs.length).toBeGreaterThan(0)
      for (const href of hrefs) {
        expect(href).toMatch(/^(?:\/text|\/articles\/[a-z0-9-]+(?:\/text|\.txt|\.md)(?:\?level=[a-z]+)?|\/feed\.xml|#[\w-]+)$/)
        const target = await app.request(href)
        expect(target.status, href).toBe(200)
      }
    }
  })

  it('is reachable as "Text only" from the home and article pages', async () => {
    const app = await bundledApp()
    const home = await (await app.request('/')).text()
    expect(home).toMatch(/<a [^>]*href="\/text"[^>]*>Text only<\/a>/)
    const article = await (await app.request(`/articles/${seed}?level=easy`)).text()
    expect(article).toMatch(new RegExp(`<a [^>]*href="/articles/${seed}/text\\?level=easy"[^>]*>Text only</a>`))
  })

  it('answers an unknown level with 400 and unknown or odd paths with 404', async () => {
    const app = await bundledApp()
    expect((await app.request(`/articles/${seed}/text?level=hard`)).status).toBe(400)
    for (const path of [`/articles/no-such-article/text`, `/articles/${seed}/text/more`, `/articles/${seed}/TEXT`, `/articles/${seed}.txt.md`, `/articles/${seed}/speech.ssml.txt`]) {
      expect((await app.request(path)).status, path).toBe(404)
    }
  })

  it('keeps dot-segment and encoded-slash paths to the text routes a 404 on the real server', async () => {
    const server = await serveApp()
    const status = (target: string) =>
      new Promise<number>((resolve, reject) => {
        // The raw target goes on the wire as written (fetch would resolve the dot segments first).
        httpRequest(`${server.url}/`, {path: target}, (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        })
          .on('error', reject)
          .end()
      })
    try {
      for (const target of [
        `/articles/${seed}/../text`,
        `/articles/${seed}/%2e%2e/text`,
        `/articles/${seed}%2Ftext`,
        `/articles/..%2F${seed}.txt`,
        `/articles/${seed}/./speech.ssml`,
        `/articles/%2e%2e.md`
      ]) {
        expect(await status(target), target).toBe(404)
      }
      expect(await status(`/articles/${seed}/text`)).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('reads in w3m: title, then the text (every sentence of the chosen level), then the glossary', async () => {
    const report = await seedReport()
    const server = await serveApp()
    try {
      for (const level of levelNames) {
        const {stdout} = await run('w3m', ['-dump', '-cols', '100', '-o', 'display_charset=UTF-8', `${server.url}/articles/${seed}/text?level=${level}`])
        const dump = squash(stdout)
        const shown = levelText(report, level)
        const title = dump.indexOf(report.title)
        expect(title, 'title').toBeGreaterThanOrEqual(0)
        let previous = title
        for (const sentence of shown.sentences) {
          const index = dump.indexOf(squash(sentence.text), previous)
          expect(index, `${level} ${sentence.id}: ${sentence.text}`).toBeGreaterThan(title)
          previous = index
        }
        const glossary = dump.indexOf('Words to know', previous)
        expect(glossary, 'glossary after the text').toBeGreaterThan(previous)
        for (const entry of (report as Report & {glossary?: {term: string}[]}).glossary ?? []) {
          expect(dump.indexOf(entry.term, glossary), entry.term).toBeGreaterThan(glossary)
        }
      }
    } finally {
      await server.close()
    }
  })
})
