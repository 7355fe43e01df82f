import type {LevelName} from '../simplify/level.ts'
import {splitFrontMatter} from './front-matter.ts'
import type {ContentError, ContentSource} from './load-articles.ts'

/** An editor's hand-written version of an article: `content/<slug>.<level>.md`. */
export interface LevelOverride {
  /** Path shown in messages, such as `content/slug.plain.md`. */
  readonly path: string
  /** The Markdown text of the version. */
  readonly markdown: string
  /** 1-based line of the file where `markdown` starts. */
  readonly startLine: number
}

/** An article's hand-written versions, by level. */
export type LevelOverrides = Readonly<Partial<Record<LevelName, LevelOverride>>>

const overrideFile = /(?:^|\/)([^/.]+)\.([^/.]+)\.md$/
const levels: readonly string[] = ['plain', 'easy'] satisfies LevelName[]

/**
 * Find the editors' versions among the content files: `content/<slug>.plain.md` and
 * `content/<slug>.easy.md`, Markdown with optional front matter (ignored). A version of an
 * article that does not exist, of an unknown level, or without text is an error for that file only.
 *
 * Returns the versions by article slug, and one error per file that cannot be used.
 */
export function loadLevelOverrides(
  sources: readonly ContentSource[],
  slugs: ReadonlySet<string>
): {overrides: Map<string, LevelOverrides>; errors: ContentError[]} {
  const overrides = new Map<string, LevelOverrides>()
  const errors: ContentError[] = []
  for (const source of sources) {
    const match = overrideFile.exec(source.path)
    if (!match) continue
    const slug = match[1] ?? ''
    const level = match[2] ?? ''
    if (!levels.includes(level)) {
      errors.push({path: source.path, line: 1, reason: `Unknown level \`${level}\`: an editor's version is named \`<slug>.plain.md\` or \`<slug>.easy.md\``})
      continue
    }
    if (!slugs.has(slug)) {
      errors.push({path: source.path, line: 1, reason: `There is no article \`${slug}.md\` for this ${level} version`})
      continue
    }
    const split = /^\uFEFF?---[ \t]*\r?\n/.test(source.text) ? splitFrontMatter(source.text) : undefined
    const markdown = split ? split.body : source.text.replace(/^\uFEFF/, '')
    const startLine = split ? split.bodyStartLine : 1
    if (markdown.trim() === '') {
      errors.push({path: source.path, line: startLine, reason: 'The version has no text'})
      continue
    }
    overrides.set(slug, {...overrides.get(slug), [level]: {path: source.path, markdown, startLine}})
  }
  return {overrides, errors}
}
