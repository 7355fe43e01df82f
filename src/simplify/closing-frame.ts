import {holdsNoPlainFactWord, reportsSpeech} from './clause-shape.ts'
import {quotedTokens} from './quoted-tokens.ts'
import type {Candidate} from './rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Tokens} from './sentence-tokens.ts'
import {isPastVerb} from './verb-forms.ts'

/** A closing frame phrase found at a word: where it ends, and the words the new sentence keeps of it. */
export interface FramePhrase {
  /** Index of the first token after the phrase. */
  readonly end: number
  /** The phrase's words the new sentence says after `This was` (`part of`, `in protest against`). */
  readonly kept: readonly string[]
}

/**
 * Give a closing frame phrase (`as part of …`, `in protest against …`) its own sentence:
 * `Troops arrived on Thursday as part of an operation.` → `Troops arrived on Thursday. This was
 * part of an operation.` `phraseAt` says whether the phrase opens at a word. Only at the end of a
 * plain fact (no future, modal, negation, reported speech or relative clause), right after a word,
 * when the rest holds no pause, no number and at most eight words; `was` after a past clause, `is`
 * after a present one.
 *
 * Returns the rewrite, or none.
 */
export function splitClosingFrame(tokens: Tokens, phraseAt: (body: Tokens, index: number) => FramePhrase | undefined, keyPrefix: string): Candidate[] {
  const quoted = quotedTokens(tokens)
  const body = trimTokens(tokens)
  if (body.at(-1)?.value !== '.') return []
  const end = body.length - 1
  for (let index = 2; index < end - 4; index++) {
    const token = body[index]
    if (token?.kind !== 'word' || quoted[index]) continue
    const phrase = phraseAt(body, index)
    if (phrase === undefined) continue
    // Directly after a word (`… on Thursday as part of …`), not after a comma or inside a list.
    if (body[index - 1]?.kind !== 'space' || body[index - 2]?.kind !== 'word') continue
    const main = body.slice(0, index - 1)
    const tail = trimTokens(body.slice(phrase.end, end))
    if (tail.length === 0 || tail.some((item) => item.kind === 'punctuation' || item.kind === 'symbol')) continue
    // A date or number in the tail may belong to the main clause (`as part of the cycle on 14 August 1876`).
    if (tail.some((item) => item.kind === 'word' && /\d/.test(item.value)) || wordCount(tail) > 8) continue
    const mainWords = main.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
    if (mainWords.length < 6 || holdsNoPlainFactWord(mainWords)) continue
    // Inside a relative clause (`… who rose to fame as part of a band`), the phrase is that clause's.
    if (mainWords.slice(1).some((value) => value === 'who' || value === 'which' || value === 'that' || value === 'whose')) continue
    if (reportsSpeech(main) || reportsSpeech(tail)) continue
    const past = mainWords.some((value) => isPastVerb(value))
    const said = body.slice(index, phrase.end).filter((item) => item.kind === 'word').map((item) => item.value)
    return [
      {
        sentences: [closeSentence(main), closeSentence([word('This'), space, word(past ? 'was' : 'is'), ...phrase.kept.flatMap((value) => [space, word(value)]), space, ...tail])],
        reason: `Gave the “${said.join(' ')} …” part its own sentence.`,
        key: `${keyPrefix}@${index}`
      }
    ]
  }
  return []
}
