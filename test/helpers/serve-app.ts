import {serve, type ServerType} from '@hono/node-server'
import {fileURLToPath} from 'node:url'
import {createApp} from '../../src/app.tsx'
import {bundleClient} from '../../src/build/bundle-client.ts'
import type {ContentSource} from '../../src/content/load-articles.ts'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {refuseDotSegments} from '../../src/http/dot-segments.ts'

/** The project's `content/` folder. */
export const contentDir = fileURLToPath(new URL('../../content', import.meta.url))

/** The real app over the bundled content (plus any extra sources). */
export async function bundledApp(extra: readonly ContentSource[] = []) {
  return createApp({content: loadContent([...(await readContentDir(contentDir)), ...extra]), assets: await bundleClient()})
}

/** Serve the real app on a free loopback port, as `src/server.ts` does. Returns its base URL and a `close` function. */
export async function serveApp(extra: readonly ContentSource[] = []): Promise<{url: string; close: () => Promise<void>}> {
  const app = await bundledApp(extra)
  return new Promise((resolve) => {
    const server: ServerType = serve({fetch: refuseDotSegments(app.fetch), port: 0, hostname: '127.0.0.1'}, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done()))
      })
    })
  })
}
