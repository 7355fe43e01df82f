import {mergeGlossaries} from '../glossary/glossary-entry.ts'
import type {Glossary} from '../glossary/load-glossary.ts'
import type {TextInput} from '../report/analyze.ts'
import type {ReadArticle} from './read-article.ts'

/** Slug of a reader's own article: not an address on the site (nothing is stored). */
export const readSlug = 'your-article'

/**
 * The analysis input for a reader's own article: its text and title, with every glossary entry
 * the site knows — the shared glossary, then each article's own entries (mostly names and their
 * pronunciations, true wherever the name appears) — so a pasted copy of a shipped article gets
 * the same glossary as the article.
 *
 * Returns the input for `analyze()`.
 */
export function readTextInput(article: ReadArticle, glossary: Glossary): TextInput {
  return {
    slug: readSlug,
    title: article.title,
    date: article.date,
    lang: article.lang,
    dateline: article.dateline,
    markdown: article.markdown,
    path: `${readSlug}.md`,
    glossary: mergeGlossaries(glossary.shared, ...glossary.byArticle.values())
  }
}
