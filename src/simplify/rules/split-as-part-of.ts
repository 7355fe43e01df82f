import {splitClosingFrame, type FramePhrase} from '../closing-frame.ts'
import type {Rule} from '../rule.ts'
import type {Tokens} from '../sentence-tokens.ts'

/** `as part of` at `index` (single spaces): the new sentence keeps `part of`. */
function asPartOfAt(body: Tokens, index: number): FramePhrase | undefined {
  if (body[index]?.value !== 'as' || body[index + 2]?.value !== 'part' || body[index + 4]?.value !== 'of') return undefined
  return {end: index + 6, kept: ['part', 'of']}
}

/**
 * Give a closing `as part of …` phrase its own sentence: `Troops arrived on
 * Thursday as part of a peacekeeping operation.` → `Troops arrived on Thursday.
 * This was part of a peacekeeping operation.` Only at the end of a plain fact
 * (no future, modal, negation or reported speech), when the phrase holds no
 * pause; `was` after a past clause, `is` after a present one (`splitClosingFrame`).
 */
export const splitAsPartOf: Rule = {
  name: 'split-as-part-of',
  // At easy, `drop-frame-phrase` leaves such a frame out instead.
  levels: ['plain'],
  triggers: [['as'], ['part'], ['of'], ['.']],
  candidates(tokens) {
    return splitClosingFrame(tokens, asPartOfAt, 'as-part-of')
  }
}
