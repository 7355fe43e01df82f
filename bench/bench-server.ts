/**
 * The bench's server (a child process of `bench/run.ts`, loopback only): the real app as
 * `src/server.ts` builds it, and beside it a bare Hono app that returns, from memory, the very
 * bytes the real app answers for each measured path. Sends `{real, bare, copies}` to its parent
 * once listening; answers `rss` messages with its resident set size, before and after a full
 * garbage collection; stops
 * when its parent goes or after ten minutes, whichever comes first.
 */
import {serve} from '@hono/node-server'
import {Hono} from 'hono'
import type {AddressInfo} from 'node:net'
import {fileURLToPath} from 'node:url'
import {createApp} from '../src/app.tsx'
import {bundleClient} from '../src/build/bundle-client.ts'
import {loadContent} from '../src/content/load-content.ts'
import {readContentDir} from '../src/content/read-content-dir.ts'
import {refuseDotSegments} from '../src/http/dot-segments.ts'
import {nodeBrotli} from '../src/http/node-brotli.ts'

const measured = (process.argv[2] ?? '').split(',').filter(Boolean)

const content = loadContent(await readContentDir(fileURLToPath(new URL('../content', import.meta.url))))
const app = createApp({content, assets: await bundleClient(), encoders: {br: nodeBrotli}})

// The same bytes and media type, from memory, with nothing else around them.
const bare = new Hono()
const copies: {path: string; bare: string; bytes: number}[] = []
for (const [index, path] of measured.entries()) {
  const response = await app.request(path)
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
  const body = new Uint8Array(await response.arrayBuffer())
  const type = response.headers.get('content-type') ?? 'application/octet-stream'
  const barePath = `/bare/${index}`
  bare.get(barePath, (c) => c.body(body, 200, {'Content-Type': type}))
  copies.push({path, bare: barePath, bytes: body.byteLength})
}

function listen(fetch: Parameters<typeof serve>[0]['fetch']): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({fetch, port: 0, hostname: '127.0.0.1'}, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`))
    void server
  })
}

const real = await listen(refuseDotSegments(app.fetch))
const bareUrl = await listen(bare.fetch)

process.on('message', (message) => {
  if (message !== 'rss') return
  const raw = process.memoryUsage().rss
  // After a full collection too (the child runs with --expose-gc): garbage not yet collected is not a leak.
  const gc = (globalThis as {gc?: () => void}).gc
  gc?.()
  process.send?.({rss: raw, rssAfterGc: process.memoryUsage().rss})
})
process.on('disconnect', () => process.exit(0))
setTimeout(() => process.exit(0), 10 * 60 * 1000).unref()

process.send?.({ready: true, real, bare: bareUrl, copies})
