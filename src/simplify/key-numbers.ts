import type {ParagraphData} from '../pipeline/sentence-model.ts'
import {countWords} from './build-level.ts'
import type {KeyNumber, Level} from './level.ts'
import {numberPhrases, type NumberPhrase} from './number-phrases.ts'

/** Most numbers the list shows. */
const most = 8

/** Whether two phrases give the same number: the same value, or the same vague amount. */
function same(a: NumberPhrase, b: NumberPhrase): boolean {
  return a.value === null || b.value === null ? a.core === b.core : a.value === b.value
}

/** An easy sentence that carries a number, with where the number stands in it. */
interface Carrier {
  readonly sentence: Level['sentences'][number]
  readonly match: NumberPhrase
  readonly words: number
}

/**
 * The easy sentences that carry `phrase` of original sentence `originalId`, shortest first (reading
 * order among equals): those made from that sentence holding the same number; only when there are
 * none, easy sentences elsewhere with the very same words (`dozens` elsewhere may be another fact).
 */
function carriers(phrase: NumberPhrase, originalId: string, level: Readonly<Level>): Carrier[] {
  const own: Carrier[] = []
  const elsewhere: Carrier[] = []
  for (const sentence of level.sentences) {
    const mine = sentence.from.includes(originalId)
    const match = numberPhrases(sentence.text).find((candidate) =>
      mine ? same(candidate, phrase) : candidate.text.toLowerCase() === phrase.text.toLowerCase()
    )
    if (match) (mine ? own : elsewhere).push({sentence, match, words: countWords(sentence.text)})
  }
  return (own.length > 0 ? own : elsewhere).sort((a, b) => a.words - b.words)
}

/**
 * The easy version's "Key numbers": one line per distinct number the original text gives
 * (digits, number words, vague amounts such as `dozens`), in reading order. Each line is the
 * shortest easy sentence that carries the number as the text gives it (an easy sentence made from
 * the original sentence with the same value, or any easy sentence with the very same words); when
 * the easy version left it out everywhere, the original sentence. No sentence is listed twice: a
 * number whose only sentences are listed already (for another number they also hold) gets no line
 * of its own. Only numbers found in the original sentences are listed, so the list can hold no
 * number the text lacks, and each line shows the number exactly as written.
 *
 * Returns at most 8 lines.
 */
export function keyNumbers(paragraphs: readonly ParagraphData[], level: Readonly<Level>): KeyNumber[] {
  const result: KeyNumber[] = []
  const seen: NumberPhrase[] = []
  const shown = new Set<string>()
  for (const original of paragraphs.flatMap((paragraph) => paragraph.sentences)) {
    for (const phrase of numberPhrases(original.text)) {
      if (seen.some((earlier) => earlier.text.toLowerCase() === phrase.text.toLowerCase())) continue
      seen.push(phrase)
      const options = carriers(phrase, original.id, level)
      const best = options.find((option) => !shown.has(option.sentence.text))
      if (options.length > 0 && best === undefined) continue
      if (best) {
        shown.add(best.sentence.text)
        result.push({
          text: best.match.text,
          sentence: best.sentence.text,
          start: best.match.start,
          end: best.match.end,
          levelSentenceId: best.sentence.id,
          sentenceId: best.sentence.from.includes(original.id) ? original.id : (best.sentence.from[0] ?? original.id)
        })
      } else {
        if (shown.has(original.text)) continue
        shown.add(original.text)
        result.push({text: phrase.text, sentence: original.text, start: phrase.start, end: phrase.end, levelSentenceId: null, sentenceId: original.id})
      }
      if (result.length >= most) return result
    }
  }
  return result
}
