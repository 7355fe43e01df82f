import type {Candidate, Rule} from '../rule.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import {findPhrase, isFirstWord, replaceRange} from '../token-match.ts'
import {fillerWords} from '../wordy-phrases.ts'

/** Cut intensifiers that add no fact (`particularly famous` → `famous`, `very large` → `large`). */
export const cutFiller: Rule = {
  name: 'cut-filler',
  levels: ['plain', 'easy'],
  triggers: [fillerWords],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (const filler of fillerWords) {
      for (const [start, end] of findPhrase(tokens, [filler])) {
        if (quoted[start] || isFirstWord(tokens, start)) continue
        // Only between words: `very, very` or `also,` stay.
        const before = tokens[start - 1]
        const after = tokens[end]
        if (before?.kind !== 'space' || after?.kind !== 'space') continue
        found.push({
          sentences: [replaceRange(tokens, start, end, [])],
          reason: `Cut “${tokens[start]?.value ?? filler}”: it adds emphasis, not a fact.`,
          key: `${filler}@${start}`
        })
      }
    }
    return found
  }
}
