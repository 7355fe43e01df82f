import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spacheFormula} from 'spache-formula'
import type {TextCounts} from './count-words.ts'

/**
 * Readability scores of a text. Each is a finite number, or `null` when the formula has
 * nothing to work on (no words or no sentences): the formulas divide by those counts.
 */
export interface ReadabilityScores {
  /** Flesch Reading Ease, 0–100 for most texts: higher is easier (60–70 is plain English). */
  readonly fleschReadingEase: number | null
  /** Flesch–Kincaid grade level (US school grade). */
  readonly fleschKincaidGrade: number | null
  /** Gunning Fog index (years of schooling). */
  readonly gunningFog: number | null
  /** SMOG grade (normalised to 30 sentences). */
  readonly smog: number | null
  /** Coleman–Liau index (grade, from letters and sentences per 100 words). */
  readonly colemanLiau: number | null
  /** Automated Readability Index (grade, from letters per word and words per sentence). */
  readonly automatedReadability: number | null
  /** New Dale–Chall score (4.9 or less: grade 4 and below; 10 or more: college graduate). */
  readonly daleChall: number | null
  /** Grade the Dale–Chall score stands for: the middle of its band (a score of 10 or more: 16). */
  readonly daleChallGrade: number | null
  /** Revised Spache grade (made for texts up to grade 4; not part of the consensus). */
  readonly spache: number | null
  /**
   * Consensus grade: the median of Flesch–Kincaid, Gunning Fog, SMOG, Coleman–Liau, ARI and
   * the Dale–Chall grade, never below 0. The median keeps one formula that is off for this text
   * (a list of names, a table of numbers) from moving the result.
   */
  readonly consensusGrade: number | null
}

/** A formula result as a finite number, or `null`. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null
}

/** Grade of a Dale–Chall score: the middle of its band, or its lower end for the open band (16+). */
function daleChallGradeOf(score: number | null): number | null {
  if (score === null) return null
  const [low = Number.NaN, high = Number.NaN] = daleChallGradeLevel(score)
  return finite(Number.isFinite(high) ? (low + high) / 2 : low)
}

/** The median of the numbers that are not `null`, or `null` when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null).sort((a, b) => a - b)
  if (present.length === 0) return null
  const middle = present.length / 2
  return Number.isInteger(middle)
    ? ((present[middle - 1] ?? 0) + (present[middle] ?? 0)) / 2
    : (present[Math.floor(middle)] ?? null)
}

/**
 * Compute every readability formula from counts, with the wooorm formula packages.
 *
 * Returns the scores; a formula with nothing to work on gives `null`, never `NaN` or `Infinity`.
 */
export function scoresFromCounts(counts: Readonly<TextCounts>): ReadabilityScores {
  const input = {
    sentence: counts.sentences,
    word: counts.words,
    syllable: counts.syllables,
    polysillabicWord: counts.polysyllables,
    complexPolysillabicWord: counts.complexWords,
    letter: counts.letters,
    character: counts.letters,
    difficultWord: counts.unfamiliarWords,
    unfamiliarWord: counts.spacheUnfamiliarWords
  }
  const empty = counts.words === 0 || counts.sentences === 0
  const score = (formula: (value: typeof input) => number) => (empty ? null : finite(formula(input)))
  const fleschKincaidGrade = score(fleschKincaid)
  const fog = score(gunningFog)
  const smog = score(smogFormula)
  const coleman = score(colemanLiau)
  const ari = score(automatedReadability)
  const daleChall = score(daleChallFormula)
  const daleChallGrade = daleChallGradeOf(daleChall)
  const consensus = median([fleschKincaidGrade, fog, smog, coleman, ari, daleChallGrade])
  return {
    fleschReadingEase: score(flesch),
    fleschKincaidGrade,
    gunningFog: fog,
    smog,
    colemanLiau: coleman,
    automatedReadability: ari,
    daleChall,
    daleChallGrade,
    spache: score(spacheFormula),
    consensusGrade: consensus === null ? null : Math.max(0, consensus)
  }
}
