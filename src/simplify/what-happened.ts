import {countWords} from './build-level.ts'
import type {Level, WhatHappened} from './level.ts'
import {numberPhrases} from './number-phrases.ts'

/** Most sentences and words the opening summary takes. */
const most = {sentences: 3, words: 45}
/** The summary stops once it has this many sentences and words (when it holds the lead's number). */
const enough = {sentences: 2, words: 20}
/** How many easy sentences from the opening on count as the lead. */
const leadSentences = 5

/** A news dateline before the first sentence (`MOSCOW – `): where, not what happened; the page shows it already. */
const dateline = /^\p{Lu}[\p{Lu}\p{M} .,’'-]*\s[–—-]\s+/u

/** A sentence that leans on an earlier one (`He said …`, `This …`) cannot open a summary. */
const leaning = /^(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|also|then)\b/i

type Sentence = Level['sentences'][number]

/** Words of a sentence as the summary shows it (a dateline left out). */
function words(sentence: Sentence): number {
  return countWords(sentence.text.replace(dateline, ''))
}

/**
 * The easy version's opening "What happened": 2–3 of its easy sentences, as written (so it can hold
 * no name or number the text lacks), in reading order, at most 45 words. It starts at the first
 * sentence that does not lean on an earlier one, and when the lead (the next few easy sentences of
 * the opening paragraph) gives a number — how many were killed, hurt, paid — the first sentence
 * holding one is included, with the sentences between when they fit, else alone when it does not
 * lean on the one before. A leading dateline (`MOSCOW – `) is left out.
 *
 * Returns the summary and the sentences it repeats; empty when the level has no sentences.
 */
export function whatHappened(level: Readonly<Level>): WhatHappened {
  const start = Math.max(0, level.sentences.findIndex((sentence) => !leaning.test(sentence.text)))
  const opening = level.sentences[start]
  const paragraph = level.paragraphs.find((candidate) => candidate.sentences.some((sentence) => sentence.id === opening?.id))
  const lead = level.sentences.slice(start, start + leadSentences).filter((sentence) => paragraph?.sentences.includes(sentence) ?? false)
  const numbered = lead.findIndex((sentence) => numberPhrases(sentence.text).length > 0)

  const chosen: Sentence[] = []
  let total = 0
  const add = (sentence: Sentence): void => {
    chosen.push(sentence)
    total += words(sentence)
  }
  const fits = (sentence: Sentence): boolean => chosen.length < most.sentences && total + words(sentence) <= most.words

  if (opening) add(opening)
  if (numbered > 0) {
    const target = lead[numbered]
    const between = lead.slice(1, numbered)
    const all = [...between, ...(target ? [target] : [])]
    const allWords = all.reduce((sum, sentence) => sum + words(sentence), 0)
    if (chosen.length + all.length <= most.sentences && total + allWords <= most.words) for (const sentence of all) add(sentence)
    else if (target && !leaning.test(target.text) && fits(target)) add(target)
  }
  // Then in reading order, up to enough words; a sentence that leans on another only right after it.
  for (const [offset, sentence] of level.sentences.slice(start + 1).entries()) {
    if (chosen.includes(sentence)) continue
    if (chosen.length >= enough.sentences && total >= enough.words) break
    const previous = level.sentences[start + offset]
    if (!fits(sentence) || (leaning.test(sentence.text) && (previous === undefined || !chosen.includes(previous)))) break
    add(sentence)
  }
  chosen.sort((a, b) => level.sentences.indexOf(a) - level.sentences.indexOf(b))
  return {
    text: chosen.map((sentence) => sentence.text).join(' ').replace(dateline, ''),
    sentenceIds: chosen.map((sentence) => sentence.id),
    from: [...new Set(chosen.flatMap((sentence) => sentence.from))]
  }
}
