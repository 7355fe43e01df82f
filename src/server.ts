import {serve} from '@hono/node-server'
import {fileURLToPath} from 'node:url'
import {createApp} from './app.tsx'
import {bundleClient} from './build/bundle-client.ts'
import {formatContentError} from './content/load-articles.ts'
import {loadContent} from './content/load-content.ts'
import {readContentDir} from './content/read-content-dir.ts'
import {analysisLimitsFrom} from './http/analysis-limits.ts'
import {refuseDotSegments} from './http/dot-segments.ts'
import {nodeBrotli} from './http/node-brotli.ts'
import {createAnalysisPool} from './server/analysis-pool.ts'

const contentDir = process.env['CONTENT_DIR'] ?? fileURLToPath(new URL('../content', import.meta.url))
const port = Number(process.env['PORT'] ?? 3000)

const content = loadContent(await readContentDir(contentDir))
for (const error of content.errors) console.error(formatContentError(error))

// POST /api/analyze runs on a worker thread, stopped at the time limit (PLAINREAD_* variables: README, Security).
const analysisPool = createAnalysisPool()
void analysisPool.warm()
const limits = analysisLimitsFrom(process.env)

const app = createApp({content, assets: await bundleClient(), encoders: {br: nodeBrotli}, limits, analyzer: analysisPool.analyze})

// Slow clients cannot hold a connection: headers within 15 s, the whole request within 60 s.
serve({port, fetch: refuseDotSegments(app.fetch), serverOptions: {headersTimeout: 15_000, requestTimeout: 60_000}}, (info) => {
  console.log(`Plainread is serving ${content.articles.length} article(s) at http://localhost:${info.port}/`)
})
