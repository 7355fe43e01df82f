import type {WordFacts} from './count-words.ts'

/** How hard one sentence is for the target reader. */
export type Difficulty = 'ok' | 'hard' | 'very-hard'

/** A reason a sentence is hard, as a code and as plain words. */
export interface DifficultyReason {
  /** `long`: many words; `long-words`: many words of 3+ syllables; `unfamiliar-words`: many words outside the Dale–Chall list. */
  readonly code: 'long' | 'long-words' | 'unfamiliar-words'
  /** The reason in plain words, such as “38 words long (aim for 20 or fewer)”. */
  readonly text: string
}

/** Sentences longer than this are long (plain-language guidance: aim for 15–20 words). */
export const longSentenceWords = 25
/** Words a plain sentence aims at. */
export const aimSentenceWords = 20
/** A sentence has many long words at this share of complex (3+ syllable) words, and at least 2. */
export const longWordShare = 0.15
/** A sentence has many unfamiliar words at this share of words outside the Dale–Chall list, and at least 2. */
export const unfamiliarWordShare = 0.2
/** Grades above the target grade by this much make a sentence very hard (Hemingway: grade 14+ when 10+ is hard). */
export const veryHardMargin = 5

/**
 * The US school grade matching a reader age: grade = age − 5 (age 14 → grade 9), the
 * conversion the formulas and `retext-readability` use.
 *
 * Returns the grade.
 */
export function gradeForAge(age: number): number {
  return age - 5
}

/**
 * How hard a sentence of a given grade is for readers of a target age: `ok` up to the
 * target grade, `hard` above it, `very-hard` from the target grade + 5 (age 14: grade 10–13
 * is hard, 14 and above very hard). A sentence without a grade is `ok`.
 *
 * Returns the difficulty.
 */
export function difficultyOf(grade: number | null, targetAge: number): Difficulty {
  if (grade === null) return 'ok'
  const target = gradeForAge(targetAge)
  if (grade >= target + veryHardMargin) return 'very-hard'
  return grade > target ? 'hard' : 'ok'
}

/**
 * Why a sentence is hard to read, in plain words: it is long, it has many long words, or it
 * has many unfamiliar words (proper names are not held against it).
 *
 * Returns the reasons past their thresholds, or else the strongest one; call it for hard sentences.
 */
export function difficultyReasons(words: readonly WordFacts[]): DifficultyReason[] {
  const count = words.length
  if (count === 0) return []
  const long = words.filter((word) => word.complex)
  const unfamiliar = words.filter((word) => !word.daleChallFamiliar)
  const candidates: {reason: DifficultyReason; strength: number; applies: boolean}[] = [
    {
      reason: {code: 'long', text: `${count} words long (aim for ${aimSentenceWords} or fewer)`},
      strength: count / longSentenceWords,
      applies: count > longSentenceWords
    },
    {
      reason: {code: 'long-words', text: `${long.length} long ${long.length === 1 ? 'word' : 'words'}, such as “${long[0]?.text ?? ''}”`},
      strength: long.length === 0 ? 0 : long.length / count / longWordShare,
      applies: long.length >= 2 && long.length / count >= longWordShare
    },
    {
      reason: {
        code: 'unfamiliar-words',
        text: `${unfamiliar.length} ${unfamiliar.length === 1 ? 'word' : 'words'} many readers may not know, such as “${unfamiliar[0]?.text ?? ''}”`
      },
      strength: unfamiliar.length === 0 ? 0 : unfamiliar.length / count / unfamiliarWordShare,
      applies: unfamiliar.length >= 2 && unfamiliar.length / count >= unfamiliarWordShare
    }
  ]
  const applying = candidates.filter((candidate) => candidate.applies)
  if (applying.length > 0) return applying.map((candidate) => candidate.reason)
  // Hard, yet no single cause passes its threshold: name the strongest one.
  const strongest = candidates
    .filter((candidate) => candidate.strength > 0)
    .sort((a, b) => b.strength - a.strength)[0]
  return strongest ? [strongest.reason] : []
}
