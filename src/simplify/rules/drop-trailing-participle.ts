import {hasFiniteVerb} from '../clause-shape.ts'
import {easyLongSentence, mayLeaveOut} from '../easy-detail.ts'
import type {Candidate, Rule} from '../rule.ts'
import {sentenceFacts} from '../sentence-facts.ts'
import {closeSentence, wordCount, type Tokens} from '../sentence-tokens.ts'

/** `-ing` words after a comma that are no participle about the main clause, or that another rule handles. */
const notParticiples = new Set(['according', 'including', 'following', 'during', 'regarding', 'concerning', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'king', 'building', 'meaning', 'saying', 'adding', 'noting', 'arguing', 'claiming', 'insisting', 'warning', 'telling', 'asking'])

/** Fewest words the main clause must keep. */
const fewestKept = 6

/**
 * `easy` only: in a long sentence (more than 15 words), leave out a trailing
 * participle phrase after a comma: `Protests swept through the cities, forcing
 * shops to close.` → `Protests swept through the cities.` Runs after
 * `split-participle`, which gives the phrase its own sentence where the doer is
 * clear. Never a phrase of speech (`…, saying …`, `…, adding …`: what was said is
 * no detail), nor one holding a number (`killing at least one person`), a negation or a
 * quotation.
 */
export const dropTrailingParticiple: Rule = {
  name: 'drop-trailing-participle',
  levels: ['easy'],
  triggers: [[',']],
  dropsDetail: true,
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    if (wordCount(tokens) <= easyLongSentence) return found
    for (let index = tokens.length - 1; index > 2; index--) {
      const token = tokens[index]
      if (token?.kind !== 'word' || tokens[index - 2]?.value !== ',' || tokens[index - 1]?.kind !== 'space') continue
      const lower = token.value.toLowerCase()
      if (!/^[a-z]{3,}ing$/.test(lower) || notParticiples.has(lower)) continue
      // Not a list of actions (`building, blasting and clearing rubble`).
      if (/ing$/i.test(tokens[index - 3]?.value ?? '')) continue
      // The phrase must run to the end of the sentence.
      const rest = tokens.slice(index + 1)
      if (rest.some((item) => item.kind === 'punctuation' && /^[,;:()–—]$/.test(item.value))) continue
      const kept = closeSentence(tokens.slice(0, index - 2))
      if (wordCount(kept) < fewestKept || !hasFiniteVerb(kept)) break
      if (!mayLeaveOut(tokens, index, tokens.length)) break
      // A number there (`killing at least one person`) is a fact of the news, not a detail.
      if (sentenceFacts([tokens.slice(index)]).numbers.length > 0) break
      const removed = tokens.slice(index).map((item) => item.value).join('').replace(/[.!?]$/, '')
      found.push({sentences: [kept], reason: `Left out the detail “${removed}”.`, key: `participle@${index}`})
      break
    }
    return found
  }
}
