import {levelNames, type ReadingLevel} from '../simplify/level.ts'

/** How the reader says their text is written; `auto` decides from the file name and the content. */
export const readFormats = ['auto', 'text', 'markdown', 'html'] as const

/** One of {@link readFormats}. */
export type ReadFormat = (typeof readFormats)[number]

/** What the reader sent, kept so the form can show it again (nothing is stored anywhere else). */
export interface ReadFormValues {
  /** Title typed by the reader (optional; otherwise the headline found in the text). */
  readonly title: string
  /** The pasted text, Markdown or HTML, exactly as sent. */
  readonly text: string
  readonly format: ReadFormat
  readonly level: ReadingLevel
  /** Whether to show the version beside the original. */
  readonly compare: boolean
  /** Name of the uploaded file, if one was chosen (browsers cannot refill a file input). */
  readonly fileName?: string | undefined
}

/** A problem with one field of the form, in words that say what to do. */
export interface ReadFieldError {
  readonly field: 'text' | 'file' | 'title'
  readonly message: string
  /**
   * The HTTP status the form answers with: 400 (empty or invalid), 413 (too large),
   * 415 (not a text file), 422 (no article in it) or 503 (the server is busy; try again).
   */
  readonly status: 400 | 413 | 415 | 422 | 503
}

/** The empty form. */
export const emptyReadForm: ReadFormValues = {title: '', text: '', format: 'auto', level: 'plain', compare: false}

/** The string value of a form field, or `''`. */
function stringField(body: Readonly<Record<string, unknown>>, name: string): string {
  const value = body[name]
  if (typeof value === 'string') return value
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  return ''
}

/**
 * Read the text fields of a `/read` form body (the file is read separately), keeping only
 * allowed values for `format` and `level`.
 *
 * Returns the values to analyse and to show again.
 */
export function readFormValues(body: Readonly<Record<string, unknown>>): ReadFormValues {
  const format = stringField(body, 'format')
  // The level switch of a result page sends `show` (a version, or `compare`) with its button.
  const show = stringField(body, 'show')
  const level = (levelNames as readonly string[]).includes(show) ? show : stringField(body, 'level')
  return {
    title: stringField(body, 'title').replace(/\s+/g, ' ').trim(),
    text: stringField(body, 'text').replace(/\r\n?/g, '\n'),
    format: (readFormats as readonly string[]).includes(format) ? (format as ReadFormat) : 'auto',
    level: (levelNames as readonly string[]).includes(level) ? (level as ReadingLevel) : 'plain',
    compare: show === 'compare' || (show === '' && stringField(body, 'compare') === '1')
  }
}
