import {serve} from '@hono/node-server'
import {fileURLToPath} from 'node:url'
import {createApp} from './app.tsx'
import {bundleClient} from './build/bundle-client.ts'
import {formatContentError} from './content/load-articles.ts'
import {loadContent} from './content/load-content.ts'
import {readContentDir} from './content/read-content-dir.ts'
import {refuseDotSegments} from './http/dot-segments.ts'
import {nodeBrotli} from './http/node-brotli.ts'

const contentDir = process.env['CONTENT_DIR'] ?? fileURLToPath(new URL('../content', import.meta.url))
const port = Number(process.env['PORT'] ?? 3000)

const content = loadContent(await readContentDir(contentDir))
for (const error of content.errors) console.error(formatContentError(error))

const app = createApp({content, assets: await bundleClient(), encoders: {br: nodeBrotli}})

serve({port, fetch: refuseDotSegments(app.fetch)}, (info) => {
  console.log(`Plainread is serving ${content.articles.length} article(s) at http://localhost:${info.port}/`)
})
