import type {Rule} from '../rule.ts'
import {findPhrase, phraseTokens, phraseWords, replaceRange} from '../token-match.ts'
import {linkingOpeners} from '../wordy-phrases.ts'
import {tokensText} from '../tokens-text.ts'

const openers = Object.entries(linkingOpeners).map(([phrase, plain]) => ({words: phraseWords(phrase), plain}))

/** Cut or plainify a linking word that opens a sentence: `However, …` → `…`; `Therefore, …` → `So …`. */
export const cutLinkingOpener: Rule = {
  name: 'cut-linking-opener',
  levels: ['plain', 'easy'],
  triggers: [openers.map((opener) => opener.words[0] ?? '')],
  candidates(tokens) {
    for (const opener of openers) {
      const match = findPhrase(tokens, opener.words)[0]
      if (match === undefined) continue
      const [start, end] = match
      if (tokens.slice(0, start).some((token) => token.kind !== 'space')) continue
      if (tokens[end]?.value !== ',') continue
      const actual = tokensText(tokens, start, end)
      // Remove the comma too.
      const withoutComma = [...tokens.slice(0, end), ...tokens.slice(end + 1)]
      const replacement = opener.plain === '' ? [] : phraseTokens(opener.plain)
      return [
        {
          sentences: [replaceRange(withoutComma, start, end, replacement)],
          reason:
            opener.plain === ''
              ? `Cut the linking word “${actual}”: the sentence says the same without it.`
              : `Used “${opener.plain}” for the linking word “${actual}”.`,
          key: actual
        }
      ]
    }
    return []
  }
}
