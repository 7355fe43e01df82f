// The phrase table of `retext-simplify` (its package exports only the plugin, so the file is
// imported by path). It is read once here, so that the plain alternatives of a single word can be
// looked up without running the plugin, which indexes the whole table again on every run.
import {patterns} from '../../node_modules/retext-simplify/lib/patterns.js'

/**
 * Returns a word as `nlcst-search` (inside `retext-simplify`) compares it: lower case, `’`
 * read as `'`, then dashes and apostrophes removed (`Re-side` → `reside`).
 */
export function normalizeForSearch(value: string): string {
  return value.toLowerCase().replace(/’/g, '\'').replace(/-/g, '').replace(/'/g, '')
}

/** The one-word phrases of the table by their normalised form, each with its suggestions, in table order. */
const oneWordPhrases = new Map<string, Array<readonly string[]>>()
/** One-word phrases whose first word is the wildcard `*` (matched by every word), in table order. */
const wildcardPhrases: Array<readonly string[]> = []
for (const [phrase, pattern] of Object.entries(patterns)) {
  // `nlcst-search` splits phrases on single spaces; a phrase of one part matches one word.
  if (phrase.split(' ').length !== 1) continue
  const key = normalizeForSearch(phrase)
  if (key === '*') {
    wildcardPhrases.push(pattern.replace)
    continue
  }
  const list = oneWordPhrases.get(key)
  if (list === undefined) oneWordPhrases.set(key, [pattern.replace])
  else list.push(pattern.replace)
}

/**
 * The suggestions `retext-simplify` makes for a word standing alone (as the only word of a
 * sentence, so no quotation or bracket makes it literal): one list per phrase that matches,
 * in the order the plugin reports them.
 *
 * Returns the lists (empty when the plugin says nothing about the word).
 */
export function oneWordSuggestions(word: string): ReadonlyArray<readonly string[]> {
  const listed = oneWordPhrases.get(normalizeForSearch(word))
  if (wildcardPhrases.length === 0) return listed ?? []
  return [...wildcardPhrases, ...(listed ?? [])]
}
