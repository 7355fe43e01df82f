import type {VFile} from 'vfile'
import {countWords} from './count-words.ts'
import {explainScores} from './explain-scores.ts'
import {scoresFromCounts} from './formulas.ts'
import type {ReadabilityReport} from './readability-report.ts'

/** The reader age used when neither the plugin nor the input names one. */
const fallbackAge = 14

/**
 * The readability fields of a report from a processed file (`file.data.readability`);
 * when the `readability` plugin did not run, the fields of an empty text.
 *
 * Returns plain data for the report.
 */
export function readabilityOf(file: VFile, targetAge: number | undefined): ReadabilityReport {
  if (file.data.readability) return file.data.readability
  const counts = countWords([])
  const scores = scoresFromCounts(counts)
  const age = targetAge ?? fallbackAge
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
