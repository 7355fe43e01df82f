import {isMap, isScalar, LineCounter, parseDocument} from 'yaml'
import type {Article, ContentError, ContentSource} from '../content/load-articles.ts'
import {splitFrontMatter} from '../content/front-matter.ts'
import {mergeGlossaries, type GlossaryEntry} from './glossary-entry.ts'
import {validateGlossary} from './glossary-schema.ts'

/** The glossaries of a content folder: the shared one and each article's own entries. */
export interface Glossary {
  /** Entries of `content/glossary.yaml` that passed the schema. */
  readonly shared: readonly GlossaryEntry[]
  /** Entries from each article's `glossary:` front matter, by slug. */
  readonly byArticle: ReadonlyMap<string, readonly GlossaryEntry[]>
}

/** The shared glossary file's name pattern: `glossary.yaml` (or `.yml`) in the content folder. */
const glossaryFile = /(?:^|\/)glossary\.ya?ml$/

/** Returns an empty glossary. */
export function emptyGlossary(): Glossary {
  return {shared: [], byArticle: new Map()}
}

/**
 * Load the shared glossary (`content/glossary.yaml`) and validate each article's `glossary:`
 * front matter against the same schema.
 *
 * Returns the valid entries and one error per problem, as `content/<file>:<line>: <reason>`;
 * a broken entry is left out and never stops anything else from loading.
 */
export function loadGlossary(
  sources: readonly ContentSource[],
  articles: readonly Article[]
): {glossary: Glossary; errors: ContentError[]} {
  const errors: ContentError[] = []
  const shared: GlossaryEntry[] = []

  for (const source of sources) {
    if (!glossaryFile.test(source.path)) continue
    const counter = new LineCounter()
    const document = parseDocument(source.text.replace(/^\uFEFF/, ''), {lineCounter: counter, prettyErrors: false})
    const lineOf = (offset: number) => counter.linePos(offset).line
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        errors.push({path: source.path, line: lineOf(error.pos[0]), reason: 'Invalid YAML: ' + error.message.split('\n')[0]})
      }
      continue
    }
    const result = validateGlossary(document.contents, lineOf)
    for (const problem of result.problems) errors.push({path: source.path, ...problem})
    shared.push(...result.entries)
  }

  const byArticle = new Map<string, readonly GlossaryEntry[]>()
  for (const article of articles) {
    if (article.meta.glossary === undefined) continue
    const source = sources.find((candidate) => candidate.path === article.path)
    if (!source) continue
    const split = splitFrontMatter(source.text)
    const contents = split.document?.contents
    if (!isMap(contents)) continue
    const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === 'glossary')
    const result = validateGlossary(pair?.value as Parameters<typeof validateGlossary>[0], split.lineOf, split.yamlStartLine)
    for (const problem of result.problems) errors.push({path: article.path, line: problem.line, reason: `glossary: ${problem.reason}`})
    byArticle.set(article.slug, result.entries)
  }

  return {glossary: {shared: mergeGlossaries(shared), byArticle}, errors}
}

/**
 * The entries that apply to one article: the shared glossary, then the article's own entries
 * (which replace shared entries with the same id).
 *
 * Returns the merged entries.
 */
export function glossaryFor(glossary: Glossary, slug: string): GlossaryEntry[] {
  return mergeGlossaries(glossary.shared, glossary.byArticle.get(slug) ?? [])
}
