import {analyze, type TextInput} from '../report/analyze.ts'
import type {Report} from '../report/report.ts'

/**
 * Something that analyses a text into its report, within a time limit.
 * `createApp` runs it for `POST /api/analyze`; on Node, `src/server.ts` passes one that
 * runs off the main thread and stops at the time limit.
 */
export type TextAnalyzer = (input: Readonly<TextInput>, options: {readonly timeoutMs: number}) => Promise<Report>

/** Why an analysis could not run: it passed its time limit, or the analyzer is full. */
export class AnalysisUnavailable extends Error {
  /** `analysis_timeout` or `analysis_busy`, as the API reports it. */
  readonly code: 'analysis_timeout' | 'analysis_busy'

  constructor(code: 'analysis_timeout' | 'analysis_busy') {
    super(code === 'analysis_timeout' ? 'The analysis took too long and was stopped.' : 'Too many analyses are waiting.')
    this.name = 'AnalysisUnavailable'
    this.code = code
  }
}

/**
 * Analyse on the calling thread (any runtime). It cannot be interrupted, so it relies on the
 * word and sentence caps to bound the time; an analysis that still passes `timeoutMs`
 * finishes, but its result is refused as `analysis_timeout` so callers see the same contract.
 *
 * Returns the report.
 */
export const analyzeInline: TextAnalyzer = async (input, options) => {
  const start = performance.now()
  const report = analyze(input)
  if (performance.now() - start > options.timeoutMs) throw new AnalysisUnavailable('analysis_timeout')
  return report
}
