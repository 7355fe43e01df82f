import {syllable} from 'syllable'
import {normalize} from './tokenize-13a.ts'

/**
 * Corpus Flesch–Kincaid grade level as EASSE's `corpus_fkgl` computes it:
 * each output line is normalised (lower case, 13a tokens), split into
 * sentences at `.`, `!` and `?` tokens, words are the tokens that hold a
 * letter or digit; FKGL = 0.39 × words/sentences + 11.8 × syllables/words − 15.59,
 * never below 0. Syllables come from the `syllable` package (EASSE uses a
 * pyphen-based counter; counts differ slightly).
 *
 * Returns the grade (0 for empty input).
 */
export function corpusFkgl(lines: readonly string[]): number {
  let sentences = 0
  let words = 0
  let syllables = 0
  for (const line of lines) {
    const tokens = normalize(line).split(' ').filter(Boolean)
    let inSentence = false
    for (const token of tokens) {
      if (/^[.!?]+$/.test(token)) {
        if (inSentence) sentences++
        inSentence = false
        continue
      }
      if (!/[\p{L}\p{N}]/u.test(token)) continue
      words++
      syllables += Math.max(1, syllable(token))
      inSentence = true
    }
    if (inSentence) sentences++
  }
  if (sentences === 0 || words === 0) return 0
  return Math.max(0, 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59)
}
