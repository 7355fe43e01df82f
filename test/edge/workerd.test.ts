import {spawn, type ChildProcess} from 'node:child_process'
import {get, type IncomingHttpHeaders} from 'node:http'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildWorker} from '../../src/build/worker-bundle.ts'
import {contentDir} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'

/** Path of the workerd binary the `workerd` npm package installed for this platform. */
function workerdBinary(): string {
  const loaded: unknown = createRequire(import.meta.url)('workerd')
  const binary = typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : undefined
  if (typeof binary !== 'string') throw new Error('The workerd package did not give its binary path.')
  return binary
}

/** GET a URL and keep its body's bytes as sent (fetch would decode them). */
function rawGet(url: string, headers: Record<string, string>): Promise<{status: number; headers: IncomingHttpHeaders; body: Buffer}> {
  return new Promise((resolve, reject) => {
    get(url, {headers}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks)}))
    }).on('error', reject)
  })
}

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

describe('edge runtime (workerd)', () => {
  let directory = ''
  let base = ''
  let child: ChildProcess | undefined
  let log = ''

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'plainread-workerd-'))
    await buildWorker({outDir: directory, contentDir})
    const port = await freePort()
    await writeFile(
      path.join(directory, 'config.capnp'),
      [
        'using Workerd = import "/workerd/workerd.capnp";',
        'const config :Workerd.Config = (',
        '  services = [(name = "main", worker = .plainread)],',
        `  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],`,
        ');',
        'const plainread :Workerd.Worker = (',
        '  modules = [(name = "worker.js", esModule = embed "worker.js")],',
        '  compatibilityDate = "2025-01-01",',
        ');',
        ''
      ].join('\n')
    )
    child = spawn(workerdBinary(), ['serve', path.join(directory, 'config.capnp')], {stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    base = `http://127.0.0.1:${port}`
    // Wait until it answers (it compiles the bundle first).
    for (let attempt = 0; attempt < 200; attempt++) {
      if (child.exitCode !== null) throw new Error(`workerd exited:\n${log}`)
      try {
        await fetch(`${base}/api/status`)
        return
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    throw new Error(`workerd did not answer:\n${log}`)
  })

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    if (directory) await rm(directory, {recursive: true, force: true})
  })

  it('serves the article page from content compiled into the bundle', async () => {
    const response = await fetch(`${base}/articles/${seed}`)
    expect(response.status, log).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain('<h1 id="article-title">Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops</h1>')
    expect(html).toContain('Internet access has also been sporadically cut off.')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('serves the JSON API, with the glossary from the compiled content folder', async () => {
    const list = (await (await fetch(`${base}/api/articles`)).json()) as {slug: string}[]
    expect(list.map((article) => article.slug)).toContain(seed)
    const response = await fetch(`${base}/api/articles/${seed}`)
    expect(response.status).toBe(200)
    const report = (await response.json()) as {paragraphs: {sentences: unknown[]}[]; glossary?: {term: string}[]}
    expect(report.paragraphs.flatMap((paragraph) => paragraph.sentences)).toHaveLength(20)
    expect((report.glossary ?? []).length).toBeGreaterThan(0)
    expect((await fetch(`${base}/api/articles/no-such-article`)).status).toBe(404)
  })

  it('analyses posted text (POST /api/analyze) inside the worker', async () => {
    const response = await fetch(`${base}/api/analyze`, {
      method: 'POST',
      headers: {'Content-Type': 'text/plain; charset=utf-8'},
      body: 'The council met on Monday. It voted 7 to 2 to close the old bridge in Almaty.'
    })
    expect(response.status, log).toBe(200)
    const report = (await response.json()) as {paragraphs: {sentences: {text: string}[]}[]}
    expect(report.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text))).toEqual([
      'The council met on Monday.',
      'It voted 7 to 2 to close the old bridge in Almaty.'
    ])
  })

  it('serves the text-only page gzipped, the client assets, and 304 on a repeat', async () => {
    const response = await rawGet(`${base}/articles/${seed}/text`, {'Accept-Encoding': 'gzip'})
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('gzip')
    const html = gunzipSync(response.body).toString('utf8')
    expect(html).toContain('Dozens Reported Dead in Kazakhstan')
    const again = await rawGet(`${base}/articles/${seed}/text`, {'Accept-Encoding': 'gzip', 'If-None-Match': String(response.headers.etag)})
    expect(again.status).toBe(304)
    expect(again.body.byteLength).toBe(0)
    const reader = await fetch(`${base}/assets/reader.js`)
    expect(reader.status).toBe(200)
    expect(reader.headers.get('content-type')).toMatch(/javascript/)
  })
})
