import {reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Words that make the main clause something other than a plain fact (a future, a wish, a denial). */
const notPlainFact = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'not', 'never', 'no', 'nor', 'if', 'unless', 'whether'])

/**
 * Give a closing `as part of …` phrase its own sentence: `Troops arrived on
 * Thursday as part of a peacekeeping operation.` → `Troops arrived on Thursday.
 * This was part of a peacekeeping operation.` Only at the end of a plain fact
 * (no future, modal, negation or reported speech), when the phrase holds no
 * pause; `was` after a past clause, `is` after a present one.
 */
export const splitAsPartOf: Rule = {
  name: 'split-as-part-of',
  // At easy, `drop-frame-phrase` leaves such a frame out instead.
  levels: ['plain'],
  triggers: [['as'], ['part'], ['of'], ['.']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const body = trimTokens(tokens)
    if (body.at(-1)?.value !== '.') return []
    const end = body.length - 1
    for (let index = 2; index < end - 4; index++) {
      const token = body[index]
      if (token?.kind !== 'word' || token.value !== 'as' || quoted[index]) continue
      if (body[index + 2]?.value !== 'part' || body[index + 4]?.value !== 'of') continue
      // Directly after a word (`… on Thursday as part of …`), not after a comma or inside a list.
      if (body[index - 1]?.kind !== 'space' || body[index - 2]?.kind !== 'word') continue
      const main = body.slice(0, index - 1)
      const tail = trimTokens(body.slice(index + 6, end))
      if (tail.length === 0 || tail.some((item) => item.kind === 'punctuation' || item.kind === 'symbol')) continue
      // A date or number in the tail may belong to the main clause (`as part of the cycle on 14 August 1876`).
      if (tail.some((item) => item.kind === 'word' && /\d/.test(item.value)) || wordCount(tail) > 8) continue
      const mainWords = main.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
      if (mainWords.length < 6 || mainWords.some((value) => notPlainFact.has(value) || /n[’']t$/.test(value))) continue
      // Inside a relative clause (`… who rose to fame as part of a band`), the phrase is that clause's.
      if (mainWords.slice(1).some((value) => value === 'who' || value === 'which' || value === 'that' || value === 'whose')) continue
      if (reportsSpeech(main) || reportsSpeech(tail)) continue
      const past = mainWords.some((value) => isPastVerb(value))
      return [
        {
          sentences: [closeSentence(main), closeSentence([word('This'), space, word(past ? 'was' : 'is'), space, word('part'), space, word('of'), space, ...tail])],
          reason: 'Gave the “as part of …” part its own sentence.',
          key: `as-part-of@${index}`
        }
      ]
    }
    return []
  }
}
