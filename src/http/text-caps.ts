import type {AnalysisLimits} from './analysis-limits.ts'
import type {RequestProblem} from './request-problem.ts'

const word = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu
const sentenceEnd = /[.!?。！？…]+(?=[\s"'”’)\]»]|$)|\n\s*\n/gu

/**
 * Count the words and sentences of `text` cheaply, in one linear pass each, before any
 * analysis. The counts are upper-bound estimates of what the sentence model finds
 * (every terminal mark followed by a space, and every blank line, counts as a sentence end).
 *
 * Returns the word and sentence counts.
 */
export function countTextSize(text: string): {words: number; sentences: number} {
  let words = 0
  for (const _ of text.matchAll(word)) words++
  let sentences = 0
  for (const _ of text.matchAll(sentenceEnd)) sentences++
  // The last sentence may have no end mark.
  if (words > 0) sentences++
  return {words, sentences}
}

/**
 * Check `text` against the word and sentence caps and refuse empty text.
 *
 * Returns `undefined` when the text may be analysed, or a problem: 400 `empty_text`,
 * 413 `too_many_words`, 413 `too_many_sentences`.
 */
export function checkTextCaps(text: string, limits: Pick<AnalysisLimits, 'maxWords' | 'maxSentences'>): RequestProblem | undefined {
  if (text.trim() === '') {
    return {status: 400, error: 'empty_text', message: 'The text is empty. Send the text of an article to analyse.'}
  }
  const size = countTextSize(text)
  if (size.words === 0) {
    return {status: 400, error: 'empty_text', message: 'The text has no words. Send the text of an article to analyse.'}
  }
  if (size.words > limits.maxWords) {
    return {
      status: 413,
      error: 'too_many_words',
      message: `The text has about ${size.words.toLocaleString('en')} words; the limit is ${limits.maxWords.toLocaleString('en')}. Send a shorter text, such as one article.`
    }
  }
  if (size.sentences > limits.maxSentences) {
    return {
      status: 413,
      error: 'too_many_sentences',
      message: `The text has about ${size.sentences.toLocaleString('en')} sentences; the limit is ${limits.maxSentences.toLocaleString('en')}. Send a shorter text, such as one article.`
    }
  }
  return undefined
}
