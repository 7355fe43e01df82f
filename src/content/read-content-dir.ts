import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import type {ContentSource} from './load-articles.ts'

/**
 * Read every file of a content folder (Node only; used by `src/server.ts` and the CLIs).
 *
 * Returns the sources with paths relative to the folder's parent, such as `content/slug.md`.
 */
export async function readContentDir(directory: string): Promise<ContentSource[]> {
  const names = (await readdir(directory)).filter((name) => !name.startsWith('.')).sort()
  const base = path.basename(directory)
  return Promise.all(
    names.map(async (name) => ({
      path: `${base}/${name}`,
      text: await readFile(path.join(directory, name), 'utf8')
    }))
  )
}
