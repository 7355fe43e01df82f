import type {AnalysisLimits} from './analysis-limits.ts'
import {plainTextToMarkdown} from './plain-text-markdown.ts'
import {readBodyText} from './read-body.ts'
import type {RequestProblem} from './request-problem.ts'
import {checkTextCaps} from './text-caps.ts'

/** A text to analyse, as sent to `POST /api/analyze`, after every check. */
export interface AnalyzeRequest {
  /** The text as Markdown (plain text is escaped so it reads back literally). */
  readonly markdown: string
  readonly title: string
  /** BCP 47 language tag (default `en`). */
  readonly lang: string
}

/** The media types `POST /api/analyze` accepts. */
export const analyzeMediaTypes = ['text/plain', 'text/markdown', 'application/json'] as const

/** BCP 47 language tags, as in article front matter. */
const languageTag = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** Title used when the request gives none. */
export const untitled = 'Your text'

/**
 * Parse a `POST /api/analyze` request: `text/plain`, `text/markdown`, or JSON
 * `{"text": "…", "title"?: "…", "lang"?: "…", "format"?: "plain" | "markdown"}` (JSON text is
 * plain unless `format` says `markdown`), all in UTF-8, within `limits`.
 *
 * Returns the text to analyse, or the documented problem: 415 `unsupported_media_type`
 * (another type or charset), 413 `body_too_large`, 400 `invalid_utf8`, 400 `invalid_json`,
 * 400 `invalid_field`, 400 `empty_text`, 413 `too_many_words`, 413 `too_many_sentences`.
 * No message repeats the request's text.
 */
export async function readAnalyzeRequest(request: Request, limits: AnalysisLimits): Promise<AnalyzeRequest | RequestProblem> {
  const media = parseMediaType(request.headers.get('content-type') ?? '')
  if (!media || !(analyzeMediaTypes as readonly string[]).includes(media.type)) {
    return {
      status: 415,
      error: 'unsupported_media_type',
      message: 'Send the text as text/plain, text/markdown or application/json (UTF-8).'
    }
  }
  if (media.charset !== undefined && media.charset !== 'utf-8' && media.charset !== 'utf8') {
    return {
      status: 415,
      error: 'unsupported_media_type',
      message: 'Only UTF-8 text is accepted: send the text with charset=utf-8.'
    }
  }

  const body = await readBodyText(request, limits.maxBodyBytes)
  if (typeof body !== 'string') return body

  let text: string
  let markdown: boolean
  let title = untitled
  let lang = 'en'

  if (media.type === 'application/json') {
    let data: unknown
    try {
      data = JSON.parse(body)
    } catch {
      return {status: 400, error: 'invalid_json', message: 'The body is not valid JSON. Send {"text": "…"}.'}
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return {status: 400, error: 'invalid_json', message: 'The JSON body must be an object such as {"text": "…"}.'}
    }
    const fields = data as Record<string, unknown>
    const unknownKey = Object.keys(fields).find((key) => !['text', 'title', 'lang', 'format'].includes(key))
    if (unknownKey !== undefined) {
      return invalidField('The JSON body has an unknown field: use only text, title, lang and format.')
    }
    if (typeof fields['text'] !== 'string') return invalidField('`text` must be a string with the text to analyse.')
    text = fields['text']
    const format = fields['format'] ?? 'plain'
    if (format !== 'plain' && format !== 'markdown') return invalidField('`format` must be "plain" or "markdown".')
    markdown = format === 'markdown'
    if (fields['title'] !== undefined) {
      if (typeof fields['title'] !== 'string' || fields['title'].trim() === '') {
        return invalidField('`title` must be a non-empty string.')
      }
      if (fields['title'].length > limits.maxTitleLength) {
        return invalidField(`\`title\` must be at most ${limits.maxTitleLength} characters.`)
      }
      title = fields['title'].trim()
    }
    if (fields['lang'] !== undefined) {
      if (typeof fields['lang'] !== 'string' || !languageTag.test(fields['lang'])) {
        return invalidField('`lang` must be a BCP 47 language tag such as "en" or "en-GB".')
      }
      lang = fields['lang']
    }
  } else {
    text = body
    markdown = media.type === 'text/markdown'
  }

  const problem = checkTextCaps(text, limits)
  if (problem) return problem
  return {markdown: markdown ? text : plainTextToMarkdown(text), title, lang}
}

function invalidField(message: string): RequestProblem {
  return {status: 400, error: 'invalid_field', message}
}

/**
 * Parse a `Content-Type` header value.
 *
 * Returns its lowercase type and charset, or `undefined` when it is not a media type.
 */
export function parseMediaType(header: string): {type: string; charset: string | undefined} | undefined {
  const [essence = '', ...parameters] = header.split(';')
  const type = essence.trim().toLowerCase()
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type)) return undefined
  let charset: string | undefined
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(parameter)
    if (match) charset = (match[1] ?? '').toLowerCase()
  }
  return {type, charset}
}
