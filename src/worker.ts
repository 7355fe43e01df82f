import {assets, sources} from 'plainread:site'
import {createApp} from './app.tsx'
import {loadContent} from './content/load-content.ts'

/**
 * The edge entry (Cloudflare Workers, workerd, any runtime with the module-worker `fetch` shape):
 * the same app as `src/server.ts`, over content compiled into the bundle at build time
 * (`npm run build:worker`). Web-standard APIs only; reports are computed on first use and kept
 * for the life of the isolate.
 */
const app = createApp({content: loadContent(sources), assets})

export default {
  fetch: (request: Request): Response | Promise<Response> => app.fetch(request)
}
