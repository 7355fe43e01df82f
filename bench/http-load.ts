import autocannon from 'autocannon'
import {fork, type ChildProcess} from 'node:child_process'
import {request} from 'node:http'
import {fileURLToPath} from 'node:url'
import {round} from './analysis-cost.ts'

/** The bench server child: the real app and the bare app, by base URL, and how to stop it. */
export interface BenchServer {
  readonly real: string
  readonly bare: string
  /** Each measured path and its bare copy. */
  readonly copies: readonly {path: string; bare: string; bytes: number}[]
  /** The server's resident set size in bytes, as it is and after a full garbage collection. */
  readonly rss: () => Promise<{rss: number; rssAfterGc: number}>
  readonly stop: () => void
}

/**
 * Start `bench/bench-server.ts` as a child process on loopback, serving `paths` (each copied to the bare app).
 *
 * Returns the running server; gives up after 120 s.
 */
export function startBenchServer(paths: readonly string[]): Promise<BenchServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./bench-server.ts', import.meta.url)), [paths.join(',')], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error('The bench server did not start within 120 s.'))
    }, 120_000)
    child.once('exit', (code) => reject(new Error(`The bench server stopped (${code}).`)))
    child.once('message', (message: {real: string; bare: string; copies: BenchServer['copies']}) => {
      clearTimeout(timer)
      resolve({
        real: message.real,
        bare: message.bare,
        copies: message.copies,
        rss: () =>
          new Promise((answer) => {
            child.once('message', (reply: {rss: number; rssAfterGc: number}) => answer(reply))
            child.send('rss')
          }),
        stop: () => {
          child.removeAllListeners('exit')
          child.kill()
        }
      })
    })
  })
}

/** Throughput and latency of one route under load. */
export interface LoadFigures {
  readonly requestsPerSecond: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly errors: number
  readonly non2xx: number
  readonly completed: number
}

/**
 * Load `url` with `connections` connections for `seconds` seconds (autocannon; no
 * `Accept-Encoding`, so both sides send the same identity bytes).
 *
 * Returns the figures.
 */
export async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  const result = await autocannon({url, connections, duration: seconds})
  return {
    requestsPerSecond: round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    completed: result.totalCompletedRequests
  }
}

/**
 * Send `amount` requests cycling through `paths` over 10 connections.
 *
 * Returns how many failed (errors, timeouts) and how many answered with another status than 2xx.
 */
export async function mix(base: string, paths: readonly string[], amount: number): Promise<{errors: number; non2xx: number}> {
  const result = await autocannon({url: base, connections: 10, amount, requests: paths.map((path) => ({method: 'GET', path}))})
  return {errors: result.errors + result.timeouts, non2xx: result.non2xx}
}

/**
 * Bytes of a response on the wire (body only) with and without `Accept-Encoding`.
 *
 * Returns the identity size, the gzip size, the br size, and the coding the server chose for each.
 */
export async function wireBytes(url: string): Promise<{identity: number; gzip: number; br: number; gzipCoding: string; brCoding: string}> {
  const identity = await rawBody(url, 'identity')
  const gzip = await rawBody(url, 'gzip')
  const br = await rawBody(url, 'br')
  return {identity: identity.bytes, gzip: gzip.bytes, br: br.bytes, gzipCoding: gzip.coding, brCoding: br.coding}
}

function rawBody(url: string, encoding: string): Promise<{bytes: number; coding: string}> {
  return new Promise((resolve, reject) => {
    const request_ = request(url, {headers: {'accept-encoding': encoding}}, (response) => {
      let bytes = 0
      response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength))
      response.on('end', () => resolve({bytes, coding: String(response.headers['content-encoding'] ?? 'identity')}))
    })
    request_.on('error', reject)
    request_.end()
  })
}
