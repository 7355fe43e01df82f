import {dependentBeforeVerb, endsInsideSubordinate, hasFiniteVerb, hasReportingVerb, isFiniteVerb, opensClause, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, trimTokens, wordCount} from '../sentence-tokens.ts'

/**
 * Split two whole clauses joined by a comma: `The war ended, the army went
 * home.` → `The war ended. The army went home.`; and give a list after
 * `including` a sentence of its own: `…cities, including Almaty.` →
 * `…cities. These include Almaty.`
 */
export const splitCommaClause: Rule = {
  name: 'split-comma-clause',
  levels: ['plain', 'easy'],
  triggers: [[',']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 0; index < tokens.length; index++) {
      if (tokens[index]?.value !== ',' || quoted[index]) continue
      const left = tokens.slice(0, index)
      const right = trimTokens(tokens.slice(index + 1))
      if (wordCount(left) < 4 || !hasFiniteVerb(left) || opensDependent(left) || dependentBeforeVerb(left)) continue
      // A part that opens with a verb (`Held from 17 June, …`) has no subject: it is no sentence.
      const opener = left.find((item) => item.kind === 'word')
      if (opener !== undefined && isFiniteVerb(opener.value.toLowerCase())) continue
      // After `said` or `reported`, the second clause may be part of what was said: keep it attached.
      if (endsInsideSubordinate(left) || reportsSpeech(left) || reportsSpeech(right)) continue
      const head = right[0]?.value.toLowerCase()
      if (head === 'including') {
        const list = trimTokens(right.slice(1))
        if (list.some((item) => item.kind === 'punctuation' && /^[;:()–—]$/.test(item.value)) || wordCount(list) < 1) continue
        const before = [...left].reverse().find((item) => item.kind === 'word')?.value.toLowerCase() ?? ''
        // Only after a plural noun: `cities, including Almaty` → `These include Almaty`.
        if (!/[^s]s$/.test(before) || /(ed|ing)$/.test(before)) continue
        const opener = 'These include'
        const [first, second] = opener.split(' ')
        found.push({
          sentences: [
            closeSentence(left),
            closeSentence([
              {kind: 'word', value: first ?? ''},
              {kind: 'space', value: ' '},
              {kind: 'word', value: second ?? ''},
              {kind: 'space', value: ' '},
              ...list
            ])
          ],
          reason: 'Gave the list after “including” its own sentence.',
          key: `including@${index}`
        })
        continue
      }
      if (!opensClause(right) || wordCount(right) < 4 || hasReportingVerb(right)) continue
      // `…Saint Veronica, an engraving of the face made from …`: after a comma, `a`/`an` opens a description
      // of the noun before it, not a clause (`made` is a participle there).
      if (/^(a|an)$/i.test(head ?? '')) continue
      // Not inside a list of clauses or names: the left part must not end in a bare name list.
      found.push({
        sentences: [closeSentence(left), closeSentence(capitalize(right))],
        reason: 'Split two whole clauses joined by a comma into two sentences.',
        key: `comma@${index}`
      })
    }
    return found
  }
}
