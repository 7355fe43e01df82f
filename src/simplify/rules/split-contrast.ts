import {hasFiniteVerb, opensClause, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount} from '../sentence-tokens.ts'

/** Contrast and time words that join a second clause, and what opens it as a sentence of its own. */
const joiners: Readonly<Record<string, string>> = {although: 'But', though: 'But', whereas: 'But', while: ''}

/**
 * Split a contrast into two sentences:
 * `Although it rained, they played.` → `It rained. But they played.`;
 * `They played, although it rained.` → `They played. But it rained.`;
 * `She sang, while he played.` → `She sang. He played.`
 */
export const splitContrast: Rule = {
  name: 'split-contrast',
  levels: ['plain', 'easy'],
  triggers: [Object.keys(joiners)],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index]) continue
      const lower = token.value.toLowerCase()
      if (!Object.hasOwn(joiners, lower)) continue
      const opener = joiners[lower] ?? ''
      const first = tokens.slice(0, index).every((item) => item.kind === 'space')
      if (first) {
        // `Although X, Y.` → `X. But Y.`
        if (lower === 'while') continue
        const comma = tokens.findIndex((item, at) => at > index && item.value === ',')
        if (comma === -1) continue
        const subordinate = trimTokens(tokens.slice(index + 1, comma))
        const main = trimTokens(tokens.slice(comma + 1))
        if (!opensClause(subordinate) || !opensClause(main) || wordCount(subordinate) < 3 || wordCount(main) < 3) continue
        found.push({
          sentences: [closeSentence(capitalize(subordinate)), closeSentence([word(opener), space, ...main])],
          reason: `Split “${token.value} …, …” into two sentences.`,
          key: `${lower}@${index}`
        })
        continue
      }
      if (tokens[index - 2]?.value !== ',') continue
      const left = tokens.slice(0, index - 2)
      const right = trimTokens(tokens.slice(index + 1))
      if (wordCount(left) < 4 || !hasFiniteVerb(left) || opensDependent(left) || !opensClause(right)) continue
      // A trailing attribution (`…, the body said.`) covers both parts: keep them together.
      if (reportsSpeech(tokens.slice(index + 1))) continue
      found.push({
        sentences: [closeSentence(left), closeSentence(capitalize(opener === '' ? right : [word(opener), space, ...right]))],
        reason: `Split “…, ${token.value} …” into two sentences.`,
        key: `${lower}@${index}`
      })
    }
    return found
  }
}
