import {splitClosingFrame, type FramePhrase} from '../closing-frame.ts'
import type {Rule} from '../rule.ts'
import type {Tokens} from '../sentence-tokens.ts'

/** The closing phrases that say why the main clause happened: `in protest against …`, `in response to …`. */
const reasonPhrases: readonly (readonly [string, string, ReadonlySet<string>])[] = [
  ['in', 'protest', new Set(['against', 'at', 'over'])],
  ['in', 'response', new Set(['to'])]
]

/** The reason phrase that opens at `index` (its three words, single spaces, all kept), or undefined. */
function reasonAt(body: Tokens, index: number): FramePhrase | undefined {
  for (const [first, second, thirds] of reasonPhrases) {
    if (body[index]?.value !== first || body[index + 2]?.value !== second) continue
    if (body[index + 1]?.kind !== 'space' || body[index + 3]?.kind !== 'space') continue
    const third = body[index + 4]?.value ?? ''
    if (thirds.has(third)) return {end: index + 5, kept: [first, second, third]}
  }
  return undefined
}

/**
 * `easy` only: give a closing `in protest against …` or `in response to …` phrase its own sentence:
 * `The revolt began on Sunday in western Kazakhstan in protest against rising fuel prices.` → `The
 * revolt began on Sunday in western Kazakhstan. This was in protest against rising fuel prices.`
 * Only at the end of a plain fact (no future, modal, negation, reported speech or relative clause),
 * when the phrase holds no pause and no number; `was` after a past clause, `is` after a present one.
 */
export const splitInProtest: Rule = {
  name: 'split-in-protest',
  levels: ['easy'],
  candidates(tokens) {
    return splitClosingFrame(tokens, reasonAt, 'in-protest')
  }
}
