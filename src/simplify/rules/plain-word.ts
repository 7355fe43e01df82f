import type {Candidate, Rule} from '../rule.ts'
import {plainWord} from '../plain-words.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import {isFirstWord, phraseTokens, replaceRange} from '../token-match.ts'

/**
 * Swap a hard word for a common one of the same meaning, from a curated table
 * and `retext-simplify`'s phrases chosen by word frequency; never inside a
 * quotation and never a capitalised word (a name) inside the sentence.
 */
export const plainWordRule: Rule = {
  name: 'plain-word',
  levels: ['plain', 'easy'],
  candidates(tokens, context) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index]) continue
      const lower = token.value.toLowerCase()
      if (token.value !== lower && !isFirstWord(tokens, index)) continue
      if (context.names.has(token.value) && token.value !== lower) continue
      // Hyphenated and possessive forms stay as written.
      if (tokens[index + 1]?.value === '-' || tokens[index - 1]?.value === '-') continue
      const plain = plainWord(lower) ?? context.suggestions.get(lower)
      if (plain === undefined) continue
      found.push({
        sentences: [replaceRange(tokens, index, index + 1, phraseTokens(plain))],
        reason: `Used the common word “${plain}” for “${token.value}”.`,
        key: `${lower}@${index}`
      })
    }
    return found
  }
}
