import type {TextCounts} from './count-words.ts'
import type {ScoreExplanation} from './explain-scores.ts'
import type {ReadabilityScores} from './formulas.ts'
import type {Difficulty, DifficultyReason} from './sentence-difficulty.ts'

/** Readability of one sentence of the original text. */
export interface SentenceReadability {
  /** The sentence id (`s1`, `s2`, …). */
  readonly id: string
  readonly text: string
  /** Words counted in the sentence. */
  readonly words: number
  /** Consensus grade of the sentence alone (US school grade), or `null` when it has no words. */
  readonly grade: number | null
  /** Whether the sentence is above the target grade (`difficulty` is `hard` or `very-hard`). */
  readonly hard: boolean
  readonly difficulty: Difficulty
  /** Why the sentence is hard, in plain words; empty for an easy sentence. */
  readonly reasons: readonly DifficultyReason[]
  /** Whether `retext-readability` flagged the sentence for the target age (its vote, not a score). */
  readonly flagged: boolean
}

/** The readability part of a report: plain data, every number finite or `null`. */
export interface ReadabilityReport {
  /** Reader age hard sentences are marked for (front matter `targetAge`, default 14: WCAG 3.1.5). */
  readonly targetAge: number
  readonly counts: TextCounts
  readonly scores: ReadabilityScores
  /** The same formulas with proper names left out of every count (WCAG 3.1.5). */
  readonly scoresWithoutNames: ReadabilityScores
  /** Share (0–1) of words outside the Dale–Chall list, or `null` for no words. */
  readonly hardWordShare: number | null
  /** Silent reading time at 238 words a minute, rounded up; at least 1. */
  readonly readingMinutes: number
  /** Listening time at a normal speech rate of 150 words a minute, rounded up; at least 1. */
  readonly listeningMinutes: number
  /** What the scores mean, in plain words. */
  readonly explanation: ScoreExplanation
  /** Every sentence of the original text with its grade and marks, in reading order. */
  readonly sentences: readonly SentenceReadability[]
  /** Every sentence of the plain and easy versions (`plain-1`, `easy-1`, …) graded the same way. */
  readonly levelSentences: {readonly plain: readonly SentenceReadability[]; readonly easy: readonly SentenceReadability[]}
}

/** What the `readability` plugin stores: the report fields known before the simpler versions exist. */
export type OriginalReadability = Omit<ReadabilityReport, 'levelSentences'>

declare module 'vfile' {
  interface DataMap {
    /** Readability of the original text, set by the `readability` plugin. */
    readability: OriginalReadability
  }
}
