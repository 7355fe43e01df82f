import type {AnalysisLimits} from '../http/analysis-limits.ts'
import {checkTextCaps} from '../http/text-caps.ts'
import {decodeText, detectBinary} from './detect-binary.ts'
import {defaultPageLimits, htmlToArticle, isPageProblem, type PageProblem} from './html-to-article.ts'
import type {ReadArticle} from './read-article.ts'
import {readFormValues, type ReadFieldError, type ReadFormValues} from './read-form.ts'
import {textToArticle} from './text-to-article.ts'

/** Limits of the `/read` form, besides the analysis caps on words and sentences. */
export interface ReadLimits extends Pick<AnalysisLimits, 'maxWords' | 'maxSentences' | 'maxTitleLength'> {
  /** Largest uploaded file, in bytes (default 2 MiB: a saved web page with its markup). */
  readonly maxFileBytes: number
  /** Longest pasted text, in characters (default 2 MiB worth). */
  readonly maxTextLength: number
}

/** The default limits: 2 MiB files and pastes; 20,000 words, 2,000 sentences, 300-character titles. */
export const defaultReadLimits: ReadLimits = {
  maxFileBytes: 2 * 1024 * 1024,
  maxTextLength: 2 * 1024 * 1024,
  maxWords: 20_000,
  maxSentences: 2_000,
  maxTitleLength: 300
}

/** The outcome of a `/read` form: an article to analyse, or errors to show on the form. */
export type ReadSubmission =
  | {readonly ok: true; readonly article: ReadArticle; readonly values: ReadFormValues}
  | {readonly ok: false; readonly errors: readonly ReadFieldError[]; readonly values: ReadFormValues}

/** File name endings the form reads, and how each is read. */
const fileFormats: ReadonlyArray<readonly [RegExp, 'text' | 'markdown' | 'html']> = [
  [/\.txt$/i, 'text'],
  [/\.(?:md|markdown|mdown|mkd)$/i, 'markdown'],
  [/\.(?:html?|xhtml)$/i, 'html']
]

/** `2 MB`, `5.2 MB` or `830 KB`, for people. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`
  return `${bytes} bytes`
}

/** Whether pasted text is a web page's HTML rather than text or Markdown. */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 2000)
  if (/^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(start)) return true
  if (!start.startsWith('<')) return false
  const tags = text.slice(0, 20_000).match(/<\/?(?:p|div|article|section|main|h[1-6]|br|span|a|ul|li|header|nav|footer)\b[^>]*>/gi)
  return (tags?.length ?? 0) >= 3
}

/** The uploaded file of a form body, when one was chosen. */
function uploadedFile(body: Readonly<Record<string, unknown>>): File | undefined {
  const value = Array.isArray(body['file']) ? (body['file'] as unknown[])[0] : body['file']
  return value instanceof File && (value.size > 0 || value.name !== '') ? value : undefined
}

/** A file name fit to show: no path, at most 120 characters. */
function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const trimmed = base.length > 120 ? `${base.slice(0, 117)}…` : base
  return trimmed === '' ? 'The file' : trimmed
}

/**
 * Check and read a `/read` form: the pasted text or the uploaded file (the file wins when both
 * are given), detect HTML, Markdown or plain text, and keep only the article. Binary files are
 * found by their content (magic numbers, NUL bytes, invalid UTF-8), not their name.
 *
 * Returns the article with the values to show again, or errors that say what to do, with every
 * value the reader sent kept. Nothing is stored or logged.
 */
export async function readSubmission(body: Readonly<Record<string, unknown>>, limits: ReadLimits = defaultReadLimits): Promise<ReadSubmission> {
  let values = readFormValues(body)
  const file = uploadedFile(body)
  const fail = (field: ReadFieldError['field'], message: string, status: ReadFieldError['status'] = 400): ReadSubmission => ({
    ok: false,
    errors: [{field, message, status}],
    values
  })

  if (values.title.length > limits.maxTitleLength) {
    return fail('title', `The title is ${values.title.length} characters long. Use at most ${limits.maxTitleLength}, or leave it empty to use the article's headline.`)
  }

  let text: string
  let format = values.format
  let where: ReadFieldError['field'] = 'text'
  if (file) {
    const name = displayName(file.name)
    values = {...values, fileName: name}
    where = 'file'
    const known = fileFormats.find(([pattern]) => pattern.test(file.name))
    if (!known) {
      return fail('file', `“${name}” is not a file we can read. Choose a .txt, .md or .html file, or paste the article’s text.`, 415)
    }
    if (file.size > limits.maxFileBytes) {
      return fail(
        'file',
        `“${name}” is ${formatSize(file.size)}. Files can be up to ${formatSize(limits.maxFileBytes)}. Choose a smaller file, or paste only the article’s text.`,
        413
      )
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const binary = detectBinary(bytes)
    if (binary) {
      return fail('file', `“${name}” is ${binary.kind}, not text. Choose a .txt, .md or .html file that holds the article’s words.`, 415)
    }
    text = decodeText(bytes)
    if (format === 'auto') format = known[1]
    if (text.trim() === '') return fail('file', `“${name}” is empty. Choose a file with the article’s text in it.`)
  } else {
    text = values.text
    if (text.trim() === '') {
      return fail('text', 'Paste the text of an article, or choose a file to upload. The box was empty.')
    }
    if (text.length > limits.maxTextLength) {
      return fail('text', `The text is ${formatSize(text.length)} long. Paste at most ${formatSize(limits.maxTextLength)}: one article.`, 413)
    }
  }

  if (format === 'auto') format = looksLikeHtml(text) ? 'html' : 'markdown'
  let found: ReadArticle | PageProblem
  try {
    found = format === 'html' ? htmlToArticle(text, {...defaultPageLimits, maxWords: 2 * limits.maxWords}) : (textToArticle(text, format) ?? {problem: 'no-article'})
  } catch {
    found = {problem: 'no-article'}
  }
  if (isPageProblem(found)) {
    const messages: Record<PageProblem['problem'], string> = {
      'no-article':
        format === 'html'
          ? 'We could not find an article in this page: it has no paragraphs of text. The page may need JavaScript to show its article, or the article may be behind a login. Open the article in your browser, copy its text, and paste it here.'
          : 'There is no article text here, only lines such as “Share this” or “Leave a Comment”. Paste the text of the article itself.',
      'too-deep': 'This page is nested too deeply to read. Open the article in your browser, copy its text, and paste it here.',
      'too-many-elements': 'This page is too large to read. Open the article in your browser, copy its text, and paste it here.',
      'too-many-words': `This page has more than ${(2 * limits.maxWords).toLocaleString('en')} words. Paste one article: open it in your browser, copy its text, and paste it here.`
    }
    return fail(where, messages[found.problem], found.problem === 'no-article' ? 422 : 413)
  }
  const article = values.title === '' ? found : {...found, title: values.title, titleFound: true}

  const problem = checkTextCaps(article.markdown, limits)
  if (problem) return fail(where, problem.message.replace('Send', 'Use'), problem.status === 413 ? 413 : 400)

  // An upload's text goes back in the text box, so the reader can edit it and read it again.
  return {ok: true, article, values: file ? {...values, text, format} : values}
}
