import type {VFile} from 'vfile'
import {countWords} from './count-words.ts'
import {explainScores} from './explain-scores.ts'
import {scoresFromCounts} from './formulas.ts'
import {gradeSentences} from './grade-sentences.ts'
import type {OriginalReadability, ReadabilityReport, SentenceReadability} from './readability-report.ts'

/** The reader age used when neither the plugin nor the input names one. */
const fallbackAge = 14

/**
 * The readability fields of a report from a processed file (`file.data.readability`, and the
 * sentences of `file.data.levels` graded for the same age); when the `readability` plugin did
 * not run, the fields of an empty text.
 *
 * Returns plain data for the report.
 */
export function readabilityOf(file: VFile, targetAge: number | undefined): ReadabilityReport {
  const original = file.data.readability ?? emptyReadability(targetAge ?? fallbackAge)
  const levels = file.data.levels
  // The easy version keeps many plain sentences as they are: each is graded once.
  const graded = new Map<string, Omit<SentenceReadability, 'id'>>()
  return {
    ...original,
    levelSentences: {
      plain: levels ? gradeSentences(levels.plain.sentences, original.targetAge, graded) : [],
      easy: levels ? gradeSentences(levels.easy.sentences, original.targetAge, graded) : []
    }
  }
}

/** The readability of a text without words. */
function emptyReadability(age: number): OriginalReadability {
  const counts = countWords([])
  const scores = scoresFromCounts(counts)
  return {
    targetAge: age,
    counts,
    scores,
    scoresWithoutNames: scores,
    hardWordShare: null,
    readingMinutes: 1,
    listeningMinutes: 1,
    explanation: explainScores(counts, scores, age),
    sentences: []
  }
}
