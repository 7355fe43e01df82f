import {serve} from '@hono/node-server'
import {fileURLToPath} from 'node:url'
import {createApp} from './app.tsx'
import {formatContentError, loadArticles} from './content/load-articles.ts'
import {readContentDir} from './content/read-content-dir.ts'
import {refuseDotSegments} from './http/dot-segments.ts'

const contentDir = process.env['CONTENT_DIR'] ?? fileURLToPath(new URL('../content', import.meta.url))
const port = Number(process.env['PORT'] ?? 3000)

const {articles, errors} = loadArticles(await readContentDir(contentDir))
for (const error of errors) console.error(formatContentError(error))

const app = createApp({articles, errors})

serve({port, fetch: refuseDotSegments(app.fetch)}, (info) => {
  console.log(`Plainread is serving ${articles.length} article(s) at http://localhost:${info.port}/`)
})
