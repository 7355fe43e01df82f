import {opensClause} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount} from '../sentence-tokens.ts'

/** Nouns of reporting whose content a `that` clause gives, and the noun phrase that takes them up. */
const reportNouns: Readonly<Record<string, string>> = {reports: 'The reports', report: 'The report', claims: 'The claims', rumors: 'The rumors', rumours: 'The rumours', statements: 'The statements'}

/** Most words between the noun and `that` (`reports in the local media that …`). */
const maxGap = 5

/**
 * Give what a report says its own sentence: `The news came after reports in
 * the local media that police opened fire.` → `The news came after reports in
 * the local media. The reports said police opened fire.` Only when a whole
 * clause follows `that` and runs to the end of the sentence; the content keeps
 * its source (`The reports said …`).
 */
export const splitReportThat: Rule = {
  name: 'split-report-that',
  levels: ['plain', 'easy'],
  triggers: [Object.keys(reportNouns), ['that']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const body = trimTokens(tokens)
    for (let index = 2; index < body.length; index++) {
      const token = body[index]
      if (token?.kind !== 'word' || quoted[index]) continue
      const taken = reportNouns[token.value.toLowerCase()]
      if (taken === undefined) continue
      // `that` within a few words, none of them a pause.
      let that = -1
      let words = 0
      for (let at = index + 1; at < body.length && words <= maxGap; at++) {
        const item = body[at]
        if (item?.kind === 'punctuation' || item?.kind === 'symbol') break
        if (item?.kind !== 'word') continue
        if (item.value === 'that') {
          that = at
          break
        }
        words++
      }
      if (that === -1) continue
      const main = body.slice(0, that - 1)
      const content = trimTokens(body.slice(that + 1))
      if (wordCount(main) < 5 || wordCount(content) < 4 || !opensClause(content)) continue
      return [
        {
          sentences: [closeSentence(main), closeSentence([...taken.split(' ').flatMap((value, at) => (at === 0 ? [word(value)] : [space, word(value)])), space, word('said'), space, ...content])],
          reason: `Gave what the ${token.value} said its own sentence.`,
          key: `report-that@${index}`
        }
      ]
    }
    return []
  }
}
