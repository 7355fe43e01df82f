import {holdsNoPlainFactWord, isFiniteVerb, isNotPlainFactWord, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Words before `after` that make it part of a phrase (`the day after`, `soon after`, `named after`). */
const boundBefore = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes',
  'shortly', 'soon', 'long', 'just', 'only', 'right', 'immediately', 'even', 'straight', 'one', 'time', 'times',
  'look', 'looked', 'looks', 'looking', 'named', 'modeled', 'modelled', 'patterned', 'sought', 'went', 'came',
  'ran', 'asked', 'take', 'took', 'takes', 'taken', 'each', 'every', 'morning', 'night', 'and', 'or', 'but'
])

/**
 * Give a closing `after` clause its own sentence: `The army left the town after
 * a night of fighting ended.` → `The army left the town. This came after a night
 * of fighting ended.` Only when the main clause is a plain past fact (no
 * future, no modal, no negation, no reported speech), `after` is no part of a
 * phrase (`the day after`, `named after`), and what follows it is a whole
 * clause without a pause.
 */
export const splitAfter: Rule = {
  name: 'split-after',
  levels: ['plain', 'easy'],
  triggers: [['after'], ['.']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const body = trimTokens(tokens)
    if (body.at(-1)?.value !== '.') return []
    const end = body.length - 1
    for (let index = 4; index < end; index++) {
      const token = body[index]
      if (token?.kind !== 'word' || token.value !== 'after' || quoted[index] || body[index - 1]?.kind !== 'space') continue
      const before = body[index - 2]
      if (before?.kind !== 'word' || boundBefore.has(before.value.toLowerCase()) || isFiniteVerb(before.value.toLowerCase())) continue
      const main = body.slice(0, index - 1)
      const tail = trimTokens(body.slice(index + 1, end))
      if (tail.some((item) => item.kind === 'punctuation' || item.kind === 'symbol')) continue
      const tailWords = tail.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
      // `This came after it was flooded`: a pronoun subject would lose its noun.
      if (tailWords[0] === 'it' || tailWords[0] === 'this') continue
      if (tailWords.length < 5 || !tailWords.slice(1).some((value) => isFiniteVerb(value))) continue
      if (tailWords.some((value) => isNotPlainFactWord(value) || value === 'that' || value === 'which' || value === 'who')) continue
      const mainWords = main.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
      if (mainWords.length < 8 || holdsNoPlainFactWord(mainWords)) continue
      if (!mainWords.some((value) => value === 'was' || value === 'were' || value === 'had' || isPastVerb(value))) continue
      if (reportsSpeech(main) || reportsSpeech(tail)) continue
      return [
        {
          sentences: [closeSentence(main), closeSentence([word('This'), space, word('came'), space, word('after'), space, ...tail])],
          reason: 'Gave the “after …” part its own sentence.',
          key: `after@${index}`
        }
      ]
    }
    return []
  }
}
