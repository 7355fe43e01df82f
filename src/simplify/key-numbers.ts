import type {ParagraphData} from '../pipeline/sentence-model.ts'
import type {KeyNumber, Level} from './level.ts'
import {numberPhrases, type NumberPhrase} from './number-phrases.ts'

/** Most numbers the list shows. */
const most = 8

/** Whether two phrases give the same number: the same value, or the same vague amount. */
function same(a: NumberPhrase, b: NumberPhrase): boolean {
  return a.value === null || b.value === null ? a.core === b.core : a.value === b.value
}

/**
 * The easy version's "Key numbers": every number the original text gives (digits, number
 * words, vague amounts such as `dozens`), in reading order, each shown in the easy sentence
 * that keeps it — or, when the easy version left it out there, in another easy sentence with the
 * very same words, or else in its original sentence. Only numbers found in the original sentences
 * are listed, so the list can hold no number the text lacks.
 *
 * Returns at most 8 numbers, the same wording listed once.
 */
export function keyNumbers(paragraphs: readonly ParagraphData[], level: Readonly<Level>): KeyNumber[] {
  const result: KeyNumber[] = []
  const seen = new Set<string>()
  for (const original of paragraphs.flatMap((paragraph) => paragraph.sentences)) {
    for (const phrase of numberPhrases(original.text)) {
      const key = phrase.text.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      let found: KeyNumber | undefined
      for (const sentence of level.sentences) {
        if (!sentence.from.includes(original.id)) continue
        const match = numberPhrases(sentence.text).find((candidate) => same(candidate, phrase))
        if (!match) continue
        found = {text: match.text, sentence: sentence.text, start: match.start, end: match.end, levelSentenceId: sentence.id, sentenceId: original.id}
        break
      }
      // Left out where it first appears: an easy sentence elsewhere with the very same words, if any.
      for (const sentence of found ? [] : level.sentences) {
        const match = numberPhrases(sentence.text).find((candidate) => candidate.text.toLowerCase() === key)
        const from = sentence.from[0]
        if (!match || from === undefined) continue
        found = {text: match.text, sentence: sentence.text, start: match.start, end: match.end, levelSentenceId: sentence.id, sentenceId: from}
        break
      }
      result.push(
        found ?? {text: phrase.text, sentence: original.text, start: phrase.start, end: phrase.end, levelSentenceId: null, sentenceId: original.id}
      )
      if (result.length >= most) return result
    }
  }
  return result
}
