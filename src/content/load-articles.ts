import {validateArticleMeta, type ArticleMeta} from './article-schema.ts'
import {splitFrontMatter} from './front-matter.ts'
import type {LevelOverrides} from './load-level-overrides.ts'
import type {GlossaryEntry} from '../glossary/glossary-entry.ts'

/** A content file as read from disk or from a bundled module: its path and text. */
export interface ContentSource {
  /** Path relative to the project root, such as `content/some-slug.md`. */
  readonly path: string
  readonly text: string
}

/** A valid article: its slug, front matter and Markdown body. */
export interface Article {
  readonly slug: string
  readonly path: string
  readonly meta: ArticleMeta
  readonly body: string
  /** 1-based line of the file where the body starts, for messages that point into the file. */
  readonly bodyStartLine: number
  /** Editors' hand-written versions (`<slug>.plain.md`, `<slug>.easy.md`), added by `loadContent`. */
  readonly levelOverrides?: LevelOverrides | undefined
  /** Glossary entries for this article: the shared glossary plus its own front matter entries (`loadContent`). */
  readonly glossary?: readonly GlossaryEntry[] | undefined
}

/** A content file that could not be loaded, reported as `path:line: reason`. */
export interface ContentError {
  readonly path: string
  readonly line: number
  readonly reason: string
}

/** Slugs are file names of lowercase letters, digits and hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The article file name pattern: `<slug>.md` (not `<slug>.<level>.md`, which is an editor's version). */
const articleFile = /(?:^|\/)([^/.]+)\.md$/

/** Format a content error the way compilers do: `content/file.md:3: reason`. */
export function formatContentError(error: ContentError): string {
  return `${error.path}:${error.line}: ${error.reason}`
}

/**
 * Load articles from content sources: every `content/<slug>.md` file.
 *
 * Returns the valid articles sorted newest first, and one error per problem in a broken file;
 * a broken file never stops the others from loading.
 */
export function loadArticles(sources: readonly ContentSource[]): {
  articles: Article[]
  errors: ContentError[]
} {
  const articles: Article[] = []
  const errors: ContentError[] = []

  for (const source of sources) {
    const match = articleFile.exec(source.path)
    if (!match) continue
    const slug = match[1] ?? ''
    if (!slugPattern.test(slug)) {
      errors.push({
        path: source.path,
        line: 1,
        reason: 'File name must be a slug of lowercase letters, digits and hyphens, such as `my-article.md`'
      })
      continue
    }
    const split = splitFrontMatter(source.text)
    const result = validateArticleMeta(split)
    if (!result.meta) {
      for (const problem of result.problems) errors.push({path: source.path, ...problem})
      continue
    }
    if (split.body.trim() === '') {
      errors.push({path: source.path, line: split.bodyStartLine, reason: 'The article has no body text'})
      continue
    }
    articles.push({slug, path: source.path, meta: result.meta, body: split.body, bodyStartLine: split.bodyStartLine})
  }

  articles.sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug))
  return {articles, errors}
}
