import {loadArticles, type Article, type ContentError, type ContentSource} from './load-articles.ts'
import {loadLevelOverrides} from './load-level-overrides.ts'

/** Everything the app serves from the content folder. */
export interface Content {
  /** Articles that loaded, newest first. */
  readonly articles: readonly Article[]
  /** One entry per problem in a content file that did not load; the rest still serve. */
  readonly errors: readonly ContentError[]
}

/**
 * Load the content folder's files: articles (`<slug>.md`) and the data beside them.
 * Runtime-agnostic: the caller reads the files (Node, a bundled module, a worker).
 *
 * Returns the content and every problem found, by file and line.
 */
export function loadContent(sources: readonly ContentSource[]): Content {
  const loaded = loadArticles(sources)
  // Editors' versions (`<slug>.plain.md`, `<slug>.easy.md`) join their article.
  const levels = loadLevelOverrides(sources, new Set(loaded.articles.map((article) => article.slug)))
  const articles = loaded.articles.map((article) => {
    const levelOverrides = levels.overrides.get(article.slug)
    return levelOverrides ? {...article, levelOverrides} : article
  })
  const errors = [...loaded.errors, ...levels.errors]
  return {articles, errors}
}
