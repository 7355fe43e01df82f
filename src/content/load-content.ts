import {loadArticles, type Article, type ContentError, type ContentSource} from './load-articles.ts'
import {loadLevelOverrides} from './load-level-overrides.ts'
import {glossaryFor, loadGlossary, type Glossary} from '../glossary/load-glossary.ts'

/** Everything the app serves from the content folder. */
export interface Content {
  /** Articles that loaded, newest first. */
  readonly articles: readonly Article[]
  /** One entry per problem in a content file that did not load; the rest still serve. */
  readonly errors: readonly ContentError[]
  /** The shared glossary (`content/glossary.yaml`) and each article's own entries. */
  readonly glossary: Glossary
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
  // The glossary: a broken entry is reported and left out; articles serve anyway.
  const glossary = loadGlossary(sources, loaded.articles)
  const withGlossary = articles.map((article) => ({...article, glossary: glossaryFor(glossary.glossary, article.slug)}))
  const errors = [...loaded.errors, ...levels.errors, ...glossary.errors]
  return {articles: withGlossary, errors, glossary: glossary.glossary}
}
