import {mergeGlossaries} from '../glossary/glossary-entry.ts'
import type {Glossary} from '../glossary/load-glossary.ts'
import type {AnalysisLimits} from './analysis-limits.ts'
import {readAnalyzeRequest} from './analyze-request.ts'
import {isRequestProblem, type RequestProblem} from './request-problem.ts'
import {AnalysisUnavailable, analyzeInline, type TextAnalyzer} from './text-analyzer.ts'

/** What `POST /api/analyze` needs from the app. */
export interface AnalyzeRouteOptions {
  readonly limits: AnalysisLimits
  /** Runs the analysis (default {@link analyzeInline}). */
  readonly analyzer?: TextAnalyzer | undefined
  /** The site's glossary: every entry it knows (shared, then each article's own) is looked for in the text, as on `/read`. */
  readonly glossary: Glossary
}

/** Seconds a client should wait before trying again after a 503. */
const retryAfterSeconds = 5

/**
 * Answer `POST /api/analyze`: read and check the request (`readAnalyzeRequest`), analyse the
 * text within the time limit, and return its report as JSON.
 *
 * Returns the response: 200 with the report, or a documented problem as
 * `{"error": code, "message": text}` — 400, 413, 415, or 503 (`analysis_timeout`,
 * `analysis_busy`, with `Retry-After`). Messages never repeat the request's text.
 */
export async function analyzeRoute(request: Request, options: AnalyzeRouteOptions): Promise<Response> {
  const parsed = await readAnalyzeRequest(request, options.limits)
  if (isRequestProblem(parsed)) return problemResponse(parsed)
  const analyzer = options.analyzer ?? analyzeInline
  try {
    const report = await analyzer(
      {slug: 'text', title: parsed.title, lang: parsed.lang, markdown: parsed.markdown, glossary: mergeGlossaries(options.glossary.shared, ...options.glossary.byArticle.values())},
      {timeoutMs: options.limits.timeoutMs}
    )
    return Response.json(report, {headers: {'Cache-Control': 'no-store'}})
  } catch (error) {
    if (!(error instanceof AnalysisUnavailable)) throw error
    return problemResponse({
      status: 503,
      error: error.code,
      message:
        error.code === 'analysis_timeout'
          ? `The analysis took longer than ${Number((options.limits.timeoutMs / 1000).toFixed(1))} s and was stopped. Send a shorter text.`
          : 'The server is analysing other texts. Try again in a few seconds.'
    })
  }
}

/**
 * A problem as a JSON response: `{"error", "message"}` with its status, never cached;
 * a 503 says when to try again.
 *
 * Returns the response.
 */
export function problemResponse(problem: RequestProblem): Response {
  const headers: Record<string, string> = {'Cache-Control': 'no-store'}
  if (problem.status === 503) headers['Retry-After'] = String(retryAfterSeconds)
  return Response.json({error: problem.error, message: problem.message}, {status: problem.status, headers})
}
