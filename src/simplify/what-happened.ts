import {countWords} from './build-level.ts'
import type {Level, WhatHappened} from './level.ts'

/** Most sentences and words the opening summary takes. */
const most = {sentences: 3, words: 45}
/** The summary stops once it has this many sentences and words. */
const enough = {sentences: 2, words: 20}

/** A news dateline before the first sentence (`MOSCOW – `): where, not what happened; the page shows it already. */
const dateline = /^\p{Lu}[\p{Lu}\p{M} .,’'-]*\s[–—-]\s+/u

/** A sentence that leans on an earlier one (`He said …`, `This …`) cannot open a summary. */
const leaning = /^(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|also|then)\b/i

/**
 * The easy version's opening "What happened": its first easy sentences, as written (so it can
 * hold no name or number the text lacks), at most 3 sentences and 45 words, starting at the
 * first sentence that does not lean on an earlier one; a leading dateline (`MOSCOW – `) is left out.
 *
 * Returns the summary and the sentences it repeats; empty when the level has no sentences.
 */
export function whatHappened(level: Readonly<Level>): WhatHappened {
  const start = Math.max(0, level.sentences.findIndex((sentence) => !leaning.test(sentence.text)))
  const chosen: Level['sentences'][number][] = []
  let words = 0
  for (const sentence of level.sentences.slice(start)) {
    const length = countWords(sentence.text)
    if (chosen.length > 0 && (chosen.length >= most.sentences || words + length > most.words)) break
    chosen.push(sentence)
    words += length
    if (chosen.length >= enough.sentences && words >= enough.words) break
  }
  return {
    text: chosen.map((sentence) => sentence.text).join(' ').replace(dateline, ''),
    sentenceIds: chosen.map((sentence) => sentence.id),
    from: [...new Set(chosen.flatMap((sentence) => sentence.from))]
  }
}
