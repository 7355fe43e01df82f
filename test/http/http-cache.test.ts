import {gunzipSync} from 'node:zlib'
import {Hono} from 'hono'
import {describe, expect, it} from 'vitest'
import {httpCache, negotiate} from '../../src/http/http-cache.ts'
import {bundledApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'

describe('HTTP caching', () => {
  it('gives pages a strong ETag, and a repeat request with If-None-Match gets 304 with no body', async () => {
    const app = await bundledApp()
    const first = await app.request(`/articles/${seed}`)
    expect(first.status).toBe(200)
    const tag = first.headers.get('etag')
    expect(tag).toMatch(/^"[\w-]{43}"$/)
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    expect((first.headers.get('vary') ?? '').split(/\s*,\s*/).sort()).toEqual(['Accept-Encoding', 'Cookie'])
    const html = await first.text()

    const again = await app.request(`/articles/${seed}`, {headers: {'If-None-Match': tag ?? ''}})
    expect(again.status).toBe(304)
    expect(again.body).toBeNull()
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(tag)

    const stale = await app.request(`/articles/${seed}`, {headers: {'If-None-Match': '"something-else"'}})
    expect(stale.status).toBe(200)
    expect(await stale.text()).toBe(html)
  })

  it('gzips text responses when asked for, with their own ETag, and not otherwise', async () => {
    const app = await bundledApp()
    for (const path of [`/articles/${seed}`, `/api/articles/${seed}`, '/assets/site.css']) {
      const plain = await app.request(path)
      const identity = new Uint8Array(await plain.arrayBuffer())
      expect(plain.headers.get('content-encoding')).toBeNull()

      const gzipped = await app.request(path, {headers: {'Accept-Encoding': 'gzip, deflate'}})
      expect(gzipped.status).toBe(200)
      expect(gzipped.headers.get('content-encoding')).toBe('gzip')
      expect(gzipped.headers.get('vary')).toContain('Accept-Encoding')
      const bytes = new Uint8Array(await gzipped.arrayBuffer())
      expect(bytes.byteLength).toBeLessThan(identity.byteLength)
      expect(Number(gzipped.headers.get('content-length'))).toBe(bytes.byteLength)
      expect(new Uint8Array(gunzipSync(bytes))).toEqual(identity)
      expect(gzipped.headers.get('etag')).not.toBe(plain.headers.get('etag'))

      const notModified = await app.request(path, {
        headers: {'Accept-Encoding': 'gzip', 'If-None-Match': gzipped.headers.get('etag') ?? ''}
      })
      expect(notModified.status).toBe(304)
      expect(notModified.body).toBeNull()
    }
  })

  it('renders a page once and serves the same bytes from memory', async () => {
    let renders = 0
    const app = new Hono()
    app.use(httpCache())
    app.get('/page', (c) => {
      renders++
      return c.html(`<p>${'word '.repeat(200)}</p>`)
    })
    const first = await (await app.request('/page')).text()
    const second = await (await app.request('/page')).text()
    expect(second).toBe(first)
    expect(renders).toBe(1)
    // Another cookie (reading preferences) is another page.
    await app.request('/page', {headers: {Cookie: 'prefs=large'}})
    expect(renders).toBe(2)
  })

  it('never keeps responses that set a cookie or say no-store, nor errors', async () => {
    let renders = 0
    const app = new Hono()
    app.use(httpCache())
    app.get('/cookie', (c) => {
      renders++
      c.header('Set-Cookie', 'a=b')
      return c.text('set')
    })
    app.get('/fresh', (c) => {
      renders++
      c.header('Cache-Control', 'no-store')
      return c.text('fresh')
    })
    app.get('/missing', (c) => {
      renders++
      return c.text('missing', 404)
    })
    for (const path of ['/cookie', '/fresh', '/missing', '/cookie', '/fresh', '/missing']) await app.request(path)
    expect(renders).toBe(6)
    const missing = await app.request('/missing', {headers: {'Accept-Encoding': 'gzip'}})
    expect(missing.status).toBe(404)
    expect(missing.headers.get('etag')).toBeNull()
  })

  it('passes an event stream through untouched (it never ends, so it is never buffered)', async () => {
    const app = new Hono()
    app.use(httpCache())
    app.get('/events', () => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('data: one\n\n'))
        }
      })
      return new Response(stream, {headers: {'Content-Type': 'text/event-stream'}})
    })
    const response = await app.request('/events', {headers: {'Accept-Encoding': 'gzip'}})
    expect(response.headers.get('content-encoding')).toBeNull()
    const reader = response.body?.getReader()
    expect(new TextDecoder().decode((await reader?.read())?.value)).toBe('data: one\n\n')
    await reader?.cancel()
  })

  it('negotiates codings by q-value', () => {
    expect(negotiate('gzip, deflate, br', ['br', 'gzip'])).toBe('br')
    expect(negotiate('gzip, br;q=0', ['br', 'gzip'])).toBe('gzip')
    expect(negotiate('*', ['gzip'])).toBe('gzip')
    expect(negotiate('gzip;q=0, identity', ['gzip'])).toBe('identity')
    expect(negotiate('', ['gzip'])).toBe('identity')
  })
})
