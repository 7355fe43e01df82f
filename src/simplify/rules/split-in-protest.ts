import {reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Tokens} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Words that make the main clause something other than a plain fact (a future, a wish, a denial). */
const notPlainFact = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'not', 'never', 'no', 'nor', 'if', 'unless', 'whether'])

/** The closing phrases that say why the main clause happened: `in protest against …`, `in response to …`. */
const reasonPhrases: readonly (readonly [string, string, ReadonlySet<string>])[] = [
  ['in', 'protest', new Set(['against', 'at', 'over'])],
  ['in', 'response', new Set(['to'])]
]

/** The index after the reason phrase that opens at `index` (its three words, single spaces), or -1. */
function reasonEnd(body: Tokens, index: number): number {
  for (const [first, second, thirds] of reasonPhrases) {
    if (body[index]?.value !== first || body[index + 2]?.value !== second) continue
    if (body[index + 1]?.kind !== 'space' || body[index + 3]?.kind !== 'space') continue
    if (thirds.has(body[index + 4]?.value ?? '')) return index + 5
  }
  return -1
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
    const quoted = quotedTokens(tokens)
    const body = trimTokens(tokens)
    if (body.at(-1)?.value !== '.') return []
    const end = body.length - 1
    for (let index = 2; index < end - 4; index++) {
      const token = body[index]
      if (token?.kind !== 'word' || quoted[index]) continue
      const after = reasonEnd(body, index)
      if (after === -1) continue
      // Directly after a word (`… in western Kazakhstan in protest …`), not after a comma or inside a list.
      if (body[index - 1]?.kind !== 'space' || body[index - 2]?.kind !== 'word') continue
      const main = body.slice(0, index - 1)
      const tail = trimTokens(body.slice(after, end))
      if (tail.length === 0 || tail.some((item) => item.kind === 'punctuation' || item.kind === 'symbol')) continue
      if (tail.some((item) => item.kind === 'word' && /\d/.test(item.value)) || wordCount(tail) > 8) continue
      const mainWords = main.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
      if (mainWords.length < 6 || mainWords.some((value) => notPlainFact.has(value) || /n[’']t$/.test(value))) continue
      // Inside a relative clause (`… who marched in protest against …`), the phrase is that clause's.
      if (mainWords.slice(1).some((value) => value === 'who' || value === 'which' || value === 'that' || value === 'whose')) continue
      if (reportsSpeech(main) || reportsSpeech(tail)) continue
      const past = mainWords.some((value) => isPastVerb(value))
      const phrase = body.slice(index, after).filter((item) => item.kind === 'word').map((item) => item.value)
      const reason = [word('This'), space, word(past ? 'was' : 'is'), ...phrase.flatMap((value) => [space, word(value)]), space, ...tail]
      return [
        {
          sentences: [closeSentence(main), closeSentence(reason)],
          reason: `Gave the “${phrase.join(' ')} …” part its own sentence.`,
          key: `in-protest@${index}`
        }
      ]
    }
    return []
  }
}
