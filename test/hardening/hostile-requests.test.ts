import fc from 'fast-check'
import {request as httpRequest} from 'node:http'
import {connect} from 'node:net'
import {describe, expect, it} from 'vitest'
import {bundledApp, serveApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'

/** The statuses the README documents; anything else (any 5xx above all) is a defect. */
const documented = [200, 303, 304, 400, 404, 413, 415, 422]

const segment = fc.oneof(
  fc.constantFrom('articles', 'api', 'assets', 'read', 'preferences', 'text', seed, 'site.css', 'reader.js', 'analyze', 'status', '..', '.', '%2e%2e', '%2F', '%00', '%ff', '%E0%A4%A', '~', 'feed.xml', `${seed}.txt`, `${seed}.md`, 'speech.ssml', 'pronunciations.pls', '%3Cscript%3E'),
  fc.string({unit: fc.constantFrom(...'abcxyz0189-_.~%!$&\'()*+,;=:@'.split('')), maxLength: 30})
)
const path = fc.array(segment, {minLength: 0, maxLength: 5}).map((parts) => '/' + parts.join('/'))
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?level=plain', '?level=easy', '?level=original', '?level=%3Cb%3E', '?view=compare', '?level=plain&level=easy', '?preset=large', '?back=//evil.example'),
  fc.string({unit: fc.constantFrom(...'abc=&?%20+x<>"\''.split('')), maxLength: 40}).map((text) => '?' + encodeURI(text))
)
const method = fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS')
const contentType = fc.option(
  fc.constantFrom('text/plain', 'text/plain; charset=utf-8', 'text/markdown', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'multipart/form-data', 'text/html', 'application/xml', 'text/plain; charset=utf-16', 'a/b; charset="', ';;;', 'application/json; charset=latin1'),
  {nil: undefined}
)
const bodyText = fc.oneof(
  fc.constantFrom('', ' ', '{', '{"text": "Troops arrived."}', '{"text": 5}', '[]', 'null', 'text=Troops+arrived.&format=text', '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nHi.\r\n--x--', '<script>alert(1)</script>', 'The minister said no.'),
  fc.string({unit: 'binary', maxLength: 200})
)
const body = fc.oneof(bodyText, fc.uint8Array({maxLength: 200}))
const headers = fc.record(
  {
    accept: fc.constantFrom('*/*', 'text/html', 'application/json', 'x/y;q=bad'),
    'accept-encoding': fc.constantFrom('gzip', 'br', 'gzip;q=0, identity', 'zstd, *;q=0', 'x'),
    cookie: fc.oneof(fc.constantFrom('prefs=%7B', 'plainread-preferences=' + 'x'.repeat(4000), 'a=b; c', '=;=;'), fc.string({unit: fc.constantFrom(...'ab=;%"{}, '.split('')), maxLength: 50})),
    'if-none-match': fc.constantFrom('*', '"x"', 'W/"y"', '""'),
    range: fc.constantFrom('bytes=0-10', 'bytes=-1', 'nonsense')
  },
  {requiredKeys: []}
)

const fuzzRequest = fc.record({method, path, query, contentType, body, headers})

describe('hostile requests', () => {
  it('1,000 random requests (paths, methods, headers, bodies) each get a documented status, never a 5xx', async () => {
    const app = await bundledApp()
    const statuses = new Map<number, number>()
    const errors: unknown[] = []
    const original = console.error
    console.error = (...parts: unknown[]) => void errors.push(parts)
    try {
      await fc.assert(
        fc.asyncProperty(fuzzRequest, async (input) => {
          const init: RequestInit = {method: input.method, headers: {...input.headers}}
          if (input.contentType !== undefined) (init.headers as Record<string, string>)['content-type'] = input.contentType
          if (!['GET', 'HEAD'].includes(input.method)) init.body = input.body
          const response = await app.request(input.path + input.query, init)
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          expect(documented, `${input.method} ${input.path}${input.query} → ${response.status}`).toContain(response.status)
          const text = await response.text()
          // No stack trace and no file path of the server.
          expect(text).not.toMatch(/\bat \S+ \([^)]*:\d+:\d+\)|node_modules\/|\/src\/[\w/-]+\.tsx?/)
          if (response.status >= 400 && input.method !== 'HEAD' && input.path.startsWith('/api/')) expect(JSON.parse(text)).toHaveProperty('error')
        }),
        {numRuns: 1000, seed: 20_260_105}
      )
    } finally {
      console.error = original
    }
    expect(errors).toEqual([])
    // The run reached more than the 404 page.
    expect([...statuses.keys()].filter((status) => status !== 404).length).toBeGreaterThanOrEqual(3)

    const page = await app.request(`/articles/${seed}`)
    expect(page.status).toBe(200)
    const analysed = await app.request('/api/analyze', {method: 'POST', body: 'Troops arrived on Thursday.', headers: {'content-type': 'text/plain'}})
    expect(analysed.status).toBe(200)
  }, 300_000)

  it('on the real server: 2 MiB bodies, wrong types, broken JSON, invalid UTF-8, empty text, traversal and a broken request line each get their 4xx, and it answers normally right after', async () => {
    const server = await serveApp()
    try {
      const twoMiB = Buffer.alloc(2 * 1024 * 1024, 'a')
      const cases: readonly (readonly [string, string, string, Record<string, string>, Buffer | string, number])[] = [
        ['2 MiB with Content-Length', 'POST', '/api/analyze', {'content-type': 'text/plain'}, twoMiB, 413],
        ['2 MiB chunked', 'POST', '/api/analyze', {'content-type': 'text/plain', 'transfer-encoding': 'chunked'}, twoMiB, 413],
        ['2 MiB JSON', 'POST', '/api/analyze', {'content-type': 'application/json'}, twoMiB, 413],
        ['wrong type', 'POST', '/api/analyze', {'content-type': 'application/pdf'}, '%PDF-1.7', 415],
        ['broken JSON', 'POST', '/api/analyze', {'content-type': 'application/json'}, '{"text": "Hi', 400],
        ['invalid UTF-8', 'POST', '/api/analyze', {'content-type': 'text/plain'}, Buffer.from([0x54, 0x72, 0xff, 0x70, 0x73]), 400],
        ['empty text', 'POST', '/api/analyze', {'content-type': 'text/plain'}, '', 400],
        ['traversal', 'GET', '/articles/..%2F..%2Fetc%2Fpasswd', {}, '', 404],
        ['dot segments', 'GET', '/articles/../../package.json', {}, '', 404],
        ['encoded dots', 'GET', '/api/articles/%2e%2e/%2e%2e/package.json', {}, '', 404]
      ]
      for (const [name, verb, target, requestHeaders, payload, status] of cases) {
        const response = await send(server.url, verb, target, requestHeaders, payload)
        expect(response.status, name).toBe(status)
        expect(response.body, name).not.toMatch(/root:|"dependencies"|node_modules|\bat \w+ \(/)
      }
      expect(await rawLine(server.url, 'GARBAGE / NOT-HTTP\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/)
      expect(await rawLine(server.url, `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).toMatch(/^HTTP\/1\.1 (?:404|414|431)/)

      const normal = await send(server.url, 'GET', `/articles/${seed}`, {}, '')
      expect(normal.status).toBe(200)
      expect(normal.body).toContain('Internet access has also been sporadically cut off.')
      const analysed = await send(server.url, 'POST', '/api/analyze', {'content-type': 'text/plain'}, 'Troops arrived on Thursday.')
      expect(analysed.status).toBe(200)
    } finally {
      await server.close()
    }
  }, 120_000)
})

/** Send one request with node:http (any method, header and body). Returns its status and body. */
function send(base: string, method: string, target: string, headers: Record<string, string>, body: Buffer | string): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const url = new URL(base)
    let answered = false
    // A connection of its own: the server may close one after refusing a body it did not read.
    const request = httpRequest({host: url.hostname, port: url.port, path: target, method, headers, agent: false}, (response) => {
      answered = true
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, body: text}))
    })
    // The server may answer 413 and close before the whole body is sent (EPIPE after the answer).
    request.on('error', (error: NodeJS.ErrnoException) => (answered && (error.code === 'EPIPE' || error.code === 'ECONNRESET') ? undefined : reject(error)))
    request.end(body)
  })
}

/** Write raw bytes to the server. Returns the first line of its answer. */
function rawLine(base: string, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL(base)
    const socket = connect(Number(url.port), url.hostname, () => socket.end(bytes))
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (text += chunk))
    socket.on('end', () => resolve(text.split('\r\n')[0] ?? ''))
    socket.on('error', reject)
  })
}
