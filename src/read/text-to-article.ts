import {findDateline, escapeMarkdown, isIsoDate, isLanguageTag, untitled, type ReadArticle} from './read-article.ts'
import {dropChrome, isEdgeChrome, isInlineChrome} from './site-chrome.ts'
import {parse as parseYaml} from 'yaml'

/** How pasted or uploaded text is read: Markdown (pasted text, `.md`) or plain text (`.txt`). */
export type TextFormat = 'markdown' | 'text'

/** A headline is a short first line: at most this many words. */
const headlineMaxWords = 30

/** Words of a byline such as `By Jane Doe and Ali Khan, Reuters`. */
const bylinePattern = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,6}(?:\s*,\s*[\p{L} .'’-]{1,60})?$/iu

/** Remove control characters (keeping tabs and line breaks) and normalise line endings. */
function clean(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
}

/** Front matter a reader may paste with Markdown (the format of `content/*.md`). */
function frontMatter(text: string): {fields: Record<string, unknown>; body: string} {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text)
  if (!match) return {fields: {}, body: text}
  try {
    const parsed: unknown = parseYaml(match[1] ?? '')
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return {fields: parsed as Record<string, unknown>, body: text.slice(match[0].length)}
    }
  } catch {
    // Not YAML: read it as text.
  }
  return {fields: {}, body: text}
}

/** A string field of front matter, trimmed, or `undefined`. */
function field(fields: Record<string, unknown>, name: string): string | undefined {
  const value = fields[name]
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/**
 * Split text into paragraphs at blank lines. Text with no blank line at all but several lines
 * that end a sentence (copied from a page or a word processor) has one paragraph per line.
 */
function paragraphsOf(body: string): string[] {
  const lines = body.split('\n')
  const blank = lines.some((line, index) => line.trim() === '' && index > 0 && index < lines.length - 1)
  const filled = lines.filter((line) => line.trim() !== '')
  const sentenceEnds = filled.filter((line) => /[.!?:"”’)]\s*$/.test(line)).length
  if (!blank && filled.length >= 3 && sentenceEnds >= filled.length / 2) return filled.map((line) => line.trim())
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
}

/** Whether a paragraph is a headline: one short line that does not end like a sentence. */
function headlineOf(paragraph: string): string | undefined {
  const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(paragraph)
  if (heading && !paragraph.includes('\n')) return heading[1]
  const setext = /^([^\n]+)\n=+\s*$/.exec(paragraph)
  if (setext) return setext[1]?.trim()
  if (paragraph.includes('\n')) return undefined
  const line = paragraph.trim()
  if (line.split(/\s+/).length > headlineMaxWords || line.length > 250) return undefined
  if (/[.,;:]$/.test(line) || /^[-*+>]\s|^\d+[.)]\s/.test(line)) return undefined
  return line
}

/**
 * Turn pasted or uploaded text (plain text or Markdown, optionally with front matter) into an
 * article: the first line is the headline when it looks like one (short, not ending like a
 * sentence, with text after it); site chrome such as "Leave a Comment", "Share this" or
 * "12 Comments" at the start or end, and "Advertisement" lines anywhere, are dropped; a byline
 * under the headline is kept aside. Words, numbers and quotes are never changed.
 *
 * Returns the article, or `undefined` when no text is left.
 */
export function textToArticle(input: string, format: TextFormat = 'markdown'): ReadArticle | undefined {
  const {fields, body} = frontMatter(clean(input))
  const lines = body.split('\n')
  // Chrome on whole lines, also when it is not set apart by blank lines.
  let start = 0
  let end = lines.length
  const skippable = (line: string) => line.trim() === '' || isEdgeChrome(line)
  while (start < end && skippable(lines[start] ?? '')) start++
  while (end > start && skippable(lines[end - 1] ?? '')) end--
  const kept = lines.slice(start, end).filter((line) => !isInlineChrome(line))

  let paragraphs = dropChrome(paragraphsOf(kept.join('\n')))
  let title = field(fields, 'title')
  if (title === undefined && paragraphs.length > 1) {
    const headline = headlineOf(paragraphs[0] ?? '')
    if (headline !== undefined) {
      title = headline
      paragraphs = dropChrome(paragraphs.slice(1))
    }
  }
  let byline: string | undefined
  if (paragraphs.length > 1 && bylinePattern.test(paragraphs[0] ?? '') && (paragraphs[0] ?? '').split(/\s+/).length <= 14) {
    byline = paragraphs[0]
    paragraphs = paragraphs.slice(1)
  }
  if (paragraphs.length === 0) return undefined

  const lang = field(fields, 'lang')
  const date = field(fields, 'date')
  return {
    title: title ?? untitled,
    titleFound: title !== undefined,
    markdown: (format === 'text' ? paragraphs.map(escapeMarkdown) : paragraphs).join('\n\n') + '\n',
    lang: lang !== undefined && isLanguageTag(lang) ? lang : 'en',
    dateline: field(fields, 'dateline') ?? findDateline(paragraphs[0] ?? ''),
    date: date !== undefined && isIsoDate(date) ? date : undefined,
    byline
  }
}
