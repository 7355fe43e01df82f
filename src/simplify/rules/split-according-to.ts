import {hasFiniteVerb, opensClause} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, wordCount, type Tokens} from '../sentence-tokens.ts'
import {phraseTokens} from '../token-match.ts'

/** Most words of the source (`video images posted at the scene`). */
const mostSourceWords = 10

/** Fewest words the claim must have to be worth a sentence of its own. */
const fewestClaimWords = 6

/**
 * `easy` only: `According to X, <claim>.` becomes the claim and then its source:
 * `According to video images, the protests swept through the cities.` → `The
 * protests swept through the cities. This is according to video images.` The
 * source is kept whole, right after the claim, so the claim stays the source's.
 * Only when the claim is a whole clause holding no quotation.
 */
export const splitAccordingTo: Rule = {
  name: 'split-according-to',
  levels: ['easy'],
  triggers: [['according'], ['to'], [',']],
  reorders: true,
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    const words = tokens.filter((token) => token.kind === 'word')
    if (words[0]?.value !== 'According' || words[1]?.value.toLowerCase() !== 'to') return found
    if (quotedTokens(tokens).some(Boolean)) return found
    const comma = tokens.findIndex((token) => token.kind === 'punctuation')
    if (comma === -1 || tokens[comma]?.value !== ',') return found
    const to = tokens.indexOf(words[1])
    const source = trimTokens(tokens.slice(to + 1, comma))
    const claim = capitalize(trimTokens(tokens.slice(comma + 1)))
    if (wordCount(source) < 1 || wordCount(source) > mostSourceWords) return found
    if (wordCount(claim) < fewestClaimWords || !hasFiniteVerb(claim) || !opensClause(claim)) return found
    found.push({
      sentences: [closeSentence(claim), closeSentence([...phraseTokens('This is according to'), space, ...source])],
      reason: `Gave the claim its own sentence and its source after it: “According to ${source.map((token) => token.value).join('')}”.`,
      key: 'according-to'
    })
    return found
  }
}
