import {isFiniteVerb, opensClause} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'

/** Nouns for something said or written whose `that` clause is what it said: `reports that police opened fire`. */
const reportNouns = new Set(['report', 'reports', 'claims', 'rumors', 'rumours', 'statements'])

/** Most words between the noun and `that` (`in the local media`). */
const mostBetween = 6

/** Fewest words of the part before the noun and of the reported clause. */
const fewest = {before: 3, clause: 4}

/**
 * `X came after reports in the local media that police opened fire.` →
 * `X came after reports in the local media. The reports said police opened fire.` The
 * reported clause gets a sentence of its own that still says it is what the reports said.
 * Only when `that` opens a clause (not `reports that came out`), the noun is no subject
 * (a verb comes before it) and nothing is quoted.
 */
export const splitReportNoun: Rule = {
  name: 'split-report-noun',
  levels: ['plain', 'easy'],
  triggers: [[...reportNouns], ['that']],
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    if (quotedTokens(tokens).some(Boolean)) return found
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || !reportNouns.has(token.value)) continue
      const before = tokens.slice(0, index)
      if (wordCount(before) < fewest.before || !before.some((item) => item.kind === 'word' && isFiniteVerb(item.value.toLowerCase()))) continue
      let that = -1
      let between = 0
      for (let next = index + 1; next < tokens.length; next++) {
        const item = tokens[next]
        if (item?.kind === 'punctuation') break
        if (item?.kind !== 'word') continue
        if (item.value === 'that') {
          that = next
          break
        }
        if (++between > mostBetween || isFiniteVerb(item.value.toLowerCase())) break
      }
      if (that === -1) continue
      const clause = trimTokens(tokens.slice(that + 1))
      if (wordCount(clause) < fewest.clause || !opensClause(clause)) continue
      const noun: Token = word(token.value)
      found.push({
        sentences: [closeSentence(tokens.slice(0, that)), closeSentence([word('The'), space, noun, space, word('said'), space, ...clause])],
        reason: `Gave what the ${token.value} said its own sentence.`,
        key: `report-that@${index}`
      })
      break
    }
    return found
  }
}
