import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import sentenceModel, {sentenceNodes} from '../pipeline/sentence-model.ts'
import {countWords, namesOf, sentenceWords, type TextCounts, type WordFacts} from './count-words.ts'
import {scoresFromCounts, type ReadabilityScores} from './formulas.ts'

export type {TextCounts} from './count-words.ts'
export type {ReadabilityScores} from './formulas.ts'

/** Counts and readability scores of a text. */
export interface TextScores {
  readonly counts: TextCounts
  readonly scores: ReadabilityScores
}

/** Options for `scoreText`. */
export interface ScoreTextOptions {
  /** Score the text with proper names left out of every count (WCAG 3.1.5). Default `false`. */
  readonly ignoreProperNames?: boolean | undefined
}

const parser = new ParseEnglish()
const splitSentences = sentenceModel()

/**
 * Score plain text (a sentence, a definition, a paragraph or a whole article) with the
 * same counts and formulas as the article pipeline: sentences from `parse-english` and the
 * sentence model, syllables from the CMU dictionary first.
 *
 * Returns the counts and scores; every score is finite or `null` (empty text gives `null`s).
 */
export function scoreText(text: string, options: ScoreTextOptions = {}): TextScores {
  const counts = countWords(textWords(text), {ignoreProperNames: options.ignoreProperNames})
  return {counts, scores: scoresFromCounts(counts)}
}

/** The text scored last and its words: a version is scored with names and without, one call after the other. */
let last: {readonly text: string; readonly words: readonly (readonly WordFacts[])[]} | undefined

/** The facts of the words of each sentence of `text`. */
function textWords(text: string): readonly (readonly WordFacts[])[] {
  if (last?.text === text) return last.words
  const tree = parser.parse(text)
  splitSentences(tree, new VFile())
  const sentences = sentenceNodes(tree)
  const names = namesOf(sentences)
  const words = sentences.map((sentence) => sentenceWords(sentence, names))
  last = {text, words}
  return words
}

/**
 * The grade (US school years) needed to read a text: its consensus grade.
 *
 * Returns the grade, or `null` for text without words.
 */
export function sentenceGrade(text: string): number | null {
  return scoreText(text).scores.consensusGrade
}
