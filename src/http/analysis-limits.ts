/**
 * Limits on text sent for analysis (`POST /api/analyze`, and any form that takes text).
 *
 * The caps are sized so that the slowest text the server accepts is analysed in bounded,
 * measured time (`npm run bench`); the time limit is the backstop on top of them.
 */
export interface AnalysisLimits {
  /** Largest request body in bytes (default 1 MiB); larger → 413 `body_too_large`. */
  readonly maxBodyBytes: number
  /** Most words in one text (default 20,000); more → 413 `too_many_words`. */
  readonly maxWords: number
  /** Most sentences in one text (default 2,000); more → 413 `too_many_sentences`. */
  readonly maxSentences: number
  /** Longest title in characters (default 300); longer → 400 `invalid_title`. */
  readonly maxTitleLength: number
  /**
   * Longest time one analysis may take, in ms (default 10,000); when an analyzer that
   * runs off the main thread passes it, the work is stopped → 503 `analysis_timeout`.
   */
  readonly timeoutMs: number
}

/** The default limits: 1 MiB, 20,000 words, 2,000 sentences, 300-character titles, 10 s. */
export const defaultAnalysisLimits: AnalysisLimits = {
  maxBodyBytes: 1024 * 1024,
  maxWords: 20_000,
  maxSentences: 2_000,
  maxTitleLength: 300,
  timeoutMs: 10_000
}

/**
 * Read limits from environment variables (`PLAINREAD_MAX_BODY_BYTES`, `PLAINREAD_MAX_WORDS`,
 * `PLAINREAD_MAX_SENTENCES`, `PLAINREAD_ANALYSIS_TIMEOUT_MS`), given as a plain record so the
 * caller decides where the environment comes from (`process.env` on Node, bindings on a worker).
 *
 * Returns the defaults overridden by every variable that is a positive whole number; others are ignored.
 */
export function analysisLimitsFrom(env: Readonly<Record<string, string | undefined>>): AnalysisLimits {
  const read = (name: string, fallback: number): number => {
    const value = Number(env[name])
    return Number.isSafeInteger(value) && value > 0 ? value : fallback
  }
  return {
    maxBodyBytes: read('PLAINREAD_MAX_BODY_BYTES', defaultAnalysisLimits.maxBodyBytes),
    maxWords: read('PLAINREAD_MAX_WORDS', defaultAnalysisLimits.maxWords),
    maxSentences: read('PLAINREAD_MAX_SENTENCES', defaultAnalysisLimits.maxSentences),
    maxTitleLength: defaultAnalysisLimits.maxTitleLength,
    timeoutMs: read('PLAINREAD_ANALYSIS_TIMEOUT_MS', defaultAnalysisLimits.timeoutMs)
  }
}
