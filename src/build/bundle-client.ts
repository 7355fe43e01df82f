import {build} from 'esbuild'
import {basename} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Asset} from '../app.tsx'

/**
 * Browser entry points, each bundled into `/assets/<name>.js`. Add a client entry with
 * one line here.
 */
export const clientEntryPoints: readonly string[] = [
  fileURLToPath(new URL('../client/reader.ts', import.meta.url)),
  fileURLToPath(new URL('../client/preferences.ts', import.meta.url)),
  fileURLToPath(new URL('../client/glossary.ts', import.meta.url))
]

/**
 * Bundle the browser scripts with esbuild, in process: one minified ES module per entry
 * point, no source maps, no comments, so the same sources give the same bytes.
 *
 * Returns the assets by file name (`reader.js` …), ready for `createApp({assets})`.
 */
export async function bundleClient(entryPoints: readonly string[] = clientEntryPoints): Promise<Record<string, Asset>> {
  const result = await build({
    entryPoints: [...entryPoints],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022', 'chrome111', 'firefox115', 'safari16'],
    platform: 'browser',
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    outdir: 'assets',
    logLevel: 'silent'
  })
  const assets: Record<string, Asset> = {}
  for (const file of result.outputFiles) {
    assets[basename(file.path)] = {body: file.text, type: 'text/javascript; charset=utf-8'}
  }
  return assets
}
