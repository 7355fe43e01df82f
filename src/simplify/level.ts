import type {ReadabilityScores} from '../readability/score-text.ts'

/** The simpler versions of a text that Plainread builds. */
export type LevelName = 'plain' | 'easy'

/** Every version a reader can pick on the article page, `original` first. */
export const levelNames = ['original', 'plain', 'easy'] as const

/** A version a reader can pick on the article page. */
export type ReadingLevel = (typeof levelNames)[number]

/** A rewrite rule applied to (or rejected for) a sentence, with the reason a reader sees. */
export interface LevelRule {
  /** Stable name of the rule, such as `split-coordination`. */
  readonly rule: string
  /** What the rule did or why it was not applied, in plain words. */
  readonly reason: string
}

/** Where a glossary term occurs in a sentence (UTF-16 offsets into its text). */
export interface LevelTerm {
  readonly id: string
  readonly start: number
  readonly end: number
}

/** One sentence of a plain or easy version, aligned to the original sentences it came from. */
export interface LevelSentence {
  /** `plain-1`, `plain-2`, … or `easy-1`, … in reading order. */
  readonly id: string
  readonly text: string
  /** Ids of the original sentences (`s1`, …) this sentence says again. */
  readonly from: readonly string[]
  /** Rewrites applied to the original to get this sentence; empty when it is unchanged. */
  readonly rules: readonly LevelRule[]
  /** Glossary terms in `text`, when the article has a glossary. */
  readonly terms?: readonly LevelTerm[]
}

/** A paragraph of a version: it follows the original paragraph of the same number. */
export interface LevelParagraph {
  /** `plain-p1`, `easy-p1`, … */
  readonly id: string
  /** The original paragraph (`p1`, …) it says again. */
  readonly from: string
  readonly sentences: readonly LevelSentence[]
}

/** A rewrite the faithfulness guard refused, so the sentence kept its earlier wording. */
export interface LevelRejection extends LevelRule {
  /** The original sentence it was tried on. */
  readonly sentenceId: string
}

/** One readability target of a version and whether the text meets it. */
export interface LevelTarget {
  /** `grade` (Flesch–Kincaid grade, proper names removed), `average-words` or `longest-words`. */
  readonly id: 'grade' | 'average-words' | 'longest-words'
  /** What the target is, in plain words. */
  readonly label: string
  /** The most the text may have. */
  readonly limit: number
  /** What the text has; `null` when it cannot be measured (no words). */
  readonly actual: number | null
  readonly met: boolean
}

/** Readability scores of a version, as `scoreText` computes them: each finite or `null`. */
export type LevelScores = ReadabilityScores

/** A plain or easy version of the text, sentence by sentence, with its scores. */
export interface Level {
  readonly name: LevelName
  /** `automatic` (the rule engine) or `editor` (a hand-written `content/<slug>.<level>.md`). */
  readonly source: 'automatic' | 'editor'
  /** The whole version as plain text, paragraphs separated by a blank line. */
  readonly text: string
  /** Scores with proper names removed before scoring (WCAG 3.1.5). */
  readonly scores: LevelScores
  /** Scores of the text as it is, names included. */
  readonly scoresWithNames: LevelScores
  /** Words a sentence on average; `null` when there are no sentences. */
  readonly averageSentenceWords: number | null
  /** Words in the longest sentence. */
  readonly longestSentenceWords: number
  /** The level's targets and whether the text meets each: a missed target is reported, never hidden. */
  readonly targets: readonly LevelTarget[]
  readonly paragraphs: readonly LevelParagraph[]
  /** Every sentence of `paragraphs`, in reading order. */
  readonly sentences: readonly LevelSentence[]
  /** Rewrites the faithfulness guard refused (their count is `rejections.length`). */
  readonly rejections: readonly LevelRejection[]
  /** Problems found in an editor's version by the faithfulness checks (empty for automatic versions). */
  readonly warnings: readonly string[]
}

/** A number the article gives, with the sentence it comes from. */
export interface KeyNumber {
  /** The number as the text writes it, with its qualifier: `up to 400`, `about a thousand`, `dozens`. */
  readonly text: string
  /** The sentence shown for it: an easy sentence when one holds the number, else the original sentence. */
  readonly sentence: string
  /** Where `text` is in `sentence` (UTF-16 offsets). */
  readonly start: number
  readonly end: number
  /** The easy sentence holding it (`easy-4`), or `null` when only the original holds it. */
  readonly levelSentenceId: string | null
  /** The original sentence it comes from (`s11`). */
  readonly sentenceId: string
}

/** The short opening of the easy version: what happened, in its own easy sentences. */
export interface WhatHappened {
  readonly text: string
  /** The easy sentences it repeats. */
  readonly sentenceIds: readonly string[]
  /** The original sentences they come from. */
  readonly from: readonly string[]
}

/** The easy version: a plain version plus an opening summary and the key numbers. */
export interface EasyLevel extends Level {
  readonly whatHappened: WhatHappened
  readonly keyNumbers: readonly KeyNumber[]
}

/** Both simpler versions of a text. */
export interface Levels {
  readonly plain: Level
  readonly easy: EasyLevel
}
