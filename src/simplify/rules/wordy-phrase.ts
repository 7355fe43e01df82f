import type {Candidate, Rule} from '../rule.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import {findPhrase, phraseTokens, phraseWords, replaceRange} from '../token-match.ts'
import {wordyPhrases} from '../wordy-phrases.ts'
import {tokensText} from '../tokens-text.ts'

const table = Object.entries(wordyPhrases)
  .map(([phrase, plain]) => ({phrase, words: phraseWords(phrase), plain}))
  // Longest first, so `in spite of the fact that` wins over `in spite of`.
  .sort((a, b) => b.words.length - a.words.length)

/** The phrases by their first word, so a sentence is scanned once. */
const byFirstWord = new Map<string, typeof table>()
for (const entry of table) {
  const first = entry.words[0] ?? ''
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry])
}

/** Cut wordy phrases: `in order to` → `to`, `due to the fact that` → `because`, `a total of` → (cut). */
export const wordyPhrase: Rule = {
  name: 'wordy-phrase',
  levels: ['plain', 'easy'],
  triggers: [[...byFirstWord.keys()]],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    const firstWords = new Set<string>()
    for (const token of tokens) if (token.kind === 'word') firstWords.add(token.value.toLowerCase())
    // Entries that map a phrase to itself (`best known as`) protect it from shorter ones (`known as`).
    const kept: Array<[number, number]> = []
    for (const first of firstWords) {
      for (const entry of byFirstWord.get(first) ?? []) {
        if (entry.plain === entry.phrase) kept.push(...findPhrase(tokens, entry.words))
      }
    }
    for (const first of firstWords) {
      for (const entry of byFirstWord.get(first) ?? []) {
        if (entry.plain === entry.phrase) continue
        for (const [start, end] of findPhrase(tokens, entry.words)) {
          if (quoted[start] || kept.some(([from, to]) => start < to && end > from)) continue
          const actual = tokensText(tokens, start, end)
          found.push({
            sentences: [replaceRange(tokens, start, end, phraseTokens(entry.plain))],
            reason:
              entry.plain === ''
                ? `Cut the wordy phrase “${actual}”: it adds no fact.`
                : `Used the shorter “${entry.plain}” for the wordy “${actual}”.`,
            key: `${entry.phrase}@${start}`
          })
        }
      }
    }
    return found
  }
}
