import {describe, expect, it} from 'vitest'
import {request as httpRequest} from 'node:http'
import {bundledApp, serveApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'
const broken = {path: 'content/broken-article.md', text: '---\ntitle: Broken\ndate: nope\nlang: en\n---\n\nText.\n'}

describe('routes', () => {
  it('GET / lists the seed article with its date and reading time', async () => {
    const app = await bundledApp()
    const response = await app.request('/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toMatch(/^<!doctype html><html lang="en">/)
    expect(html).toContain(`href="/articles/${seed}"`)
    expect(html).toContain('<time datetime="2022-01-06">')
    expect(html).toMatch(/\d+ min read/)
  })

  it('GET /articles/:slug?level=original shows every sentence, wrapped with its id', async () => {
    const app = await bundledApp()
    // The default page shows the plain version; the original sentences s1… are on ?level=original.
    const html = await (await app.request(`/articles/${seed}?level=original`)).text()
    const report = (await (await app.request(`/api/articles/${seed}`)).json()) as {
      paragraphs: {sentences: {id: string; text: string}[]}[]
    }
    const sentences = report.paragraphs.flatMap((paragraph) => paragraph.sentences)
    expect(sentences).toHaveLength(20)
    for (const sentence of sentences) expect(html).toContain(`id="${sentence.id}"`)
    // Compare the text, not the markup: glossary terms inside a sentence are links.
    expect(html.replace(/<[^>]+>/g, '')).toContain('Internet access has also been sporadically cut off.')
    expect(html).not.toContain('Leave a Comment')
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
  })

  it('GET /api/articles lists slug, title, date and lang', async () => {
    const app = await bundledApp()
    const list = await (await app.request('/api/articles')).json()
    expect(list).toEqual([
      {slug: seed, title: 'Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops', date: '2022-01-06', lang: 'en'}
    ])
  })

  it('GET /api/articles/:slug returns the report', async () => {
    const app = await bundledApp()
    const response = await app.request(`/api/articles/${seed}`)
    expect(response.status).toBe(200)
    const report = (await response.json()) as Record<string, unknown>
    expect(report).toMatchObject({slug: seed, date: '2022-01-06', lang: 'en'})
    expect(report['paragraphs']).toHaveLength(10)
  })

  it.each([
    '/articles/..%2F..%2Fetc%2Fpasswd',
    '/articles/%2e%2e%2fpackage.json',
    '/articles/Kazakhstan-Russian-Alliance-Troops',
    '/articles/no-such-article',
    '/content/kazakhstan-russian-alliance-troops.md',
    '/src/app.tsx',
    '/package.json'
  ])('%s is an accessible 404 that leaks no file', async (path) => {
    const app = await bundledApp()
    const response = await app.request(path)
    expect(response.status).toBe(404)
    const body = await response.text()
    expect(body).toContain('Page not found')
    expect(body).not.toContain('root:')
    expect(body).not.toContain('"dependencies"')
    expect(body).not.toContain('title: "Dozens')
  })

  it('unknown API routes get a JSON 404', async () => {
    const app = await bundledApp()
    for (const path of ['/api/nothing', '/api/articles/no-such-article', '/api/articles/..%2Fetc']) {
      const response = await app.request(path)
      expect(response.status).toBe(404)
      expect(await response.json()).toMatchObject({error: 'not_found'})
    }
  })

  it('a broken content file is listed by /api/status and the others keep serving', async () => {
    const app = await bundledApp([broken])
    const status = (await (await app.request('/api/status')).json()) as {ok: boolean; errors: {message: string}[]}
    expect(status.ok).toBe(false)
    expect(status.errors.map((error) => error.message)).toEqual([
      'content/broken-article.md:3: `date` must be a date written `YYYY-MM-DD`'
    ])
    expect((await app.request(`/articles/${seed}`)).status).toBe(200)
    expect((await app.request('/articles/broken-article')).status).toBe(404)
  })

  it('sends security headers', async () => {
    const app = await bundledApp()
    const response = await app.request('/')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

/** GET a raw request target, dot segments and all, as curl --path-as-is sends it. */
function rawGet(base: string, target: string): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const url = new URL(base)
    const request = httpRequest({host: url.hostname, port: url.port, path: target}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, body}))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('raw request targets on the real server', () => {
  it('answers 404 to dot segments, plain or encoded, before the URL parser resolves them', async () => {
    const server = await serveApp()
    try {
      for (const target of [
        '/articles/..',
        '/articles/%2e%2e',
        '/articles/%2E%2E/',
        '/articles/../package.json',
        '/articles/%2e%2e/%2e%2e/etc/passwd',
        '/articles/..%2F..%2Fetc%2Fpasswd',
        '/articles/.%2e/content/x.md',
        '/articles/kazakhstan-russian-alliance-troops/..'
      ]) {
        const response = await rawGet(server.url, target)
        expect(response.status, target).toBe(404)
        expect(response.body).toContain('Page not found')
      }
      expect((await rawGet(server.url, '/articles/kazakhstan-russian-alliance-troops')).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})
