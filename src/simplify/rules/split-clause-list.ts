import {hasFiniteVerb, opensClause, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {trimTokens, wordCount} from '../sentence-tokens.ts'
import {partsStandAlone, splitAt} from '../split-tokens.ts'

/** Words that cannot end a sentence: what follows the colon completes them. */
const needsComplement = new Set([
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that', 'and', 'or', 'but', 'the', 'a', 'an',
  'include', 'includes', 'included', 'including', 'are', 'is', 'was', 'were', 'be', 'been', 'following', 'namely'
])

/**
 * Split at a semicolon or a colon that joins two whole clauses:
 * `The town grew; its port closed.` → `The town grew. Its port closed.`
 * A colon that opens a list stays.
 */
export const splitClauseList: Rule = {
  name: 'split-semicolon-colon',
  levels: ['plain', 'easy'],
  triggers: [[';', ':']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'punctuation' || (token.value !== ';' && token.value !== ':') || quoted[index]) continue
      const left = tokens.slice(0, index)
      const right = trimTokens(tokens.slice(index + 1))
      if (wordCount(left) < 4 || !hasFiniteVerb(left) || opensDependent(left)) continue
      // A trailing attribution (`…, the body said.`) covers both parts: keep them together.
      if (reportsSpeech(tokens.slice(index + 1))) continue
      // `…may refer to: …`, `…include: …`, `…and that: …`: the first part needs what follows.
      const lastWord = left.filter((item) => item.kind === 'word').at(-1)?.value.toLowerCase() ?? ''
      if (needsComplement.has(lastWord)) continue
      // `…similar to Ceres: a dark surface that is …` explains a noun; it is no clause of its own.
      const firstRight = right.find((item) => item.kind === 'word')?.value ?? ''
      if (token.value === ':' && /^(a|an)$/.test(firstRight)) continue
      // `The spokesman said this: …`: what follows is what was said; keep it with its speaker.
      if (reportsSpeech(left.filter((item) => item.kind === 'word').slice(-3))) continue
      if (!opensClause(right) && !(token.value === ';' && hasFiniteVerb(right) && wordCount(right) >= 4)) continue
      // A semicolon list of items (`a, b; c, d; …`) stays: the right part must not hold another semicolon list.
      const parts = splitAt(tokens, index, index + 1)
      if (!partsStandAlone(parts, 4)) continue
      found.push({
        sentences: parts,
        reason: `Split the sentence at the ${token.value === ';' ? 'semicolon' : 'colon'}: two ideas, two sentences.`,
        key: `${token.value}@${index}`
      })
    }
    return found
  }
}
