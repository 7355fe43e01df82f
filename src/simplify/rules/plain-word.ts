import type {Candidate, Rule} from '../rule.ts'
import {plainWord} from '../plain-words.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import {space, word} from '../sentence-tokens.ts'
import {isFirstWord, phraseTokens, replaceRange} from '../token-match.ts'

/** Words whose swap is made for the verb (`assist` → `help`): as a noun after `a`/`an` they stay. */
const verbSwaps = new Set(['assist', 'aid', 'purchase', 'attempt', 'cease', 'dwelling', 'transform', 'endeavor', 'endeavour', 'proceed', 'depart', 'reside'])

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
      // After `a` or `an` the word is a noun (`an assist`): a swap made for the verb would be wrong there.
      const before = tokens[index - 2]
      if (tokens[index - 1]?.kind === 'space' && before?.kind === 'word' && /^(a|an)$/i.test(before.value) && verbSwaps.has(lower)) continue
      // `an approximately` → the article follows the new first letter (`a …`, `an …`).
      if (tokens[index - 1]?.kind === 'space' && before?.kind === 'word' && /^(a|an)$/i.test(before.value)) {
        const wanted = /^[aeiou]/i.test(plain) ? 'an' : 'a'
        if (before.value.toLowerCase() !== wanted) {
          const article = /^A/.test(before.value) ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted
          found.push({
            sentences: [replaceRange(tokens, index - 2, index + 1, [word(article), space, ...phraseTokens(plain)])],
            reason: `Used the common word “${plain}” for “${token.value}”.`,
            key: `${lower}@${index}`
          })
          continue
        }
      }
      found.push({
        sentences: [replaceRange(tokens, index, index + 1, phraseTokens(plain))],
        reason: `Used the common word “${plain}” for “${token.value}”.`,
        key: `${lower}@${index}`
      })
    }
    return found
  }
}
