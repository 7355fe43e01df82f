import {easyWord} from '../easy-words.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {isFirstWord, phraseTokens, replaceRange} from '../token-match.ts'

/**
 * `easy` only: swap a hard word for common words of the same meaning from the easy table
 * (`previous` → `earlier`, `were injured` → `were hurt`, `reported that` → `said that`), where
 * the Dale–Chall list shows the swap is easier; never inside a quotation and never a
 * capitalised word (a name) inside the sentence.
 */
export const easyWordRule: Rule = {
  name: 'easy-word',
  levels: ['easy'],
  candidates(tokens, context) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index]) continue
      const lower = token.value.toLowerCase()
      if (token.value !== lower && (!isFirstWord(tokens, index) || context.names.has(token.value))) continue
      if (tokens[index + 1]?.value === '-' || tokens[index - 1]?.value === '-') continue
      const easy = easyWord(tokens, index)
      if (easy === undefined) continue
      found.push({
        sentences: [replaceRange(tokens, index, index + 1, phraseTokens(easy))],
        reason: `Used the easy words “${easy}” for “${token.value}”.`,
        key: `${lower}@${index}`
      })
    }
    return found
  }
}
