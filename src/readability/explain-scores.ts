import type {TextCounts} from './count-words.ts'
import type {ReadabilityScores} from './formulas.ts'
import {gradeForAge} from './sentence-difficulty.ts'

/** What the scores mean, in words anyone understands. */
export interface ScoreExplanation {
  /** Who can read the text, such as “Most 14-year-olds can read this.” */
  readonly audience: string
  /** What it reads like, such as “like a university textbook”. */
  readonly comparison: string
  /** The Flesch Reading Ease band in words, such as “hard”. */
  readonly ease: string
  /** Whether the text is at or below the target grade. */
  readonly meetsTarget: boolean
  /** The target in words, such as “For readers aged 14, aim for school grade 9 or below.” */
  readonly target: string
  /** The share of hard words in words, such as “23 % of the words are not among the 3,000 most familiar.” */
  readonly hardWords: string
}

const comparisons: readonly [number, string][] = [
  [6, 'like a children’s picture book'],
  [8, 'like a children’s story book'],
  [10, 'like a popular novel or a tabloid newspaper'],
  [12, 'like a daily newspaper'],
  [14, 'like a quality newspaper or a magazine feature'],
  [17, 'like a university textbook'],
  [Number.POSITIVE_INFINITY, 'like an academic paper']
]

const easeBands: readonly [number, string][] = [
  [30, 'very hard'],
  [50, 'hard'],
  [60, 'fairly hard'],
  [70, 'plain English'],
  [80, 'fairly easy'],
  [90, 'easy'],
  [Number.POSITIVE_INFINITY, 'very easy']
]

/** The first label whose upper bound is above `value`. */
function band(bands: readonly [number, string][], value: number): string {
  for (const [upper, label] of bands) if (value < upper) return label
  return bands[bands.length - 1]?.[1] ?? ''
}

/**
 * Who can read a text of a given grade, in words: “Most 14-year-olds can read this.”
 *
 * Returns the sentence; for `null` (no words), says there is nothing to score.
 */
export function audienceFor(grade: number | null): string {
  if (grade === null) return 'There is not enough text to score.'
  const whole = Math.max(1, Math.ceil(grade))
  if (whole <= 12) return `Most ${whole + 5}-year-olds can read this.`
  if (whole <= 16) return 'Readers need some university education to read this easily.'
  return 'Readers need a university degree to read this easily.'
}

/**
 * Explain counts and scores in plain words for a reader aged `targetAge`.
 *
 * Returns the explanation the scores panel shows.
 */
export function explainScores(
  counts: Readonly<TextCounts>,
  scores: Readonly<ReadabilityScores>,
  targetAge: number
): ScoreExplanation {
  const grade = scores.consensusGrade
  const targetGrade = gradeForAge(targetAge)
  const share = counts.words === 0 ? 0 : Math.round((100 * counts.unfamiliarWords) / counts.words)
  return {
    audience: audienceFor(grade),
    comparison: grade === null ? 'no text to compare' : band(comparisons, grade),
    ease: scores.fleschReadingEase === null ? 'not scored' : band(easeBands, scores.fleschReadingEase),
    meetsTarget: grade !== null && grade <= targetGrade,
    target: `For readers aged ${targetAge}, aim for school grade ${targetGrade} or below.`,
    hardWords: `${share} % of the words are not among the 3,000 words most 10-year-olds know.`
  }
}
