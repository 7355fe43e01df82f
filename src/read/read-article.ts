/** An article brought by a reader (pasted or uploaded), ready for `analyze()`. */
export interface ReadArticle {
  /** The headline found in the text or page, or a neutral title when there is none. */
  readonly title: string
  /** Whether {@link ReadArticle.title} was found in the input (not made up). */
  readonly titleFound: boolean
  /** The body as Markdown: paragraphs separated by blank lines, site chrome removed. */
  readonly markdown: string
  /** BCP 47 language tag: from the page's `lang` or front matter, else `en`. */
  readonly lang: string
  /** Dateline written at the start of the body (`MOSCOW –` → `Moscow`), if any. */
  readonly dateline?: string | undefined
  /** Publication date `YYYY-MM-DD`, when the input states one. */
  readonly date?: string | undefined
  /** Author line, when the page states one (shown, never analysed). */
  readonly byline?: string | undefined
}

/** Title used when the input has no headline. */
export const untitled = 'Your article'

const datelinePattern = /^([A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,3})(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?\s*(?:–|—|--|-)\s+\S/

/**
 * Find a dateline at the start of the first paragraph, such as `MOSCOW – …` or
 * `NEW YORK, N.Y. — …`. The text itself is not changed.
 *
 * Returns the place in title case (`Moscow`, `New York`), or `undefined`.
 */
export function findDateline(paragraph: string): string | undefined {
  const match = datelinePattern.exec(paragraph)
  const place = match?.[1]
  if (!place || place.replace(/[^A-Z]/g, '').length < 2) return undefined
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/**
 * Escape the characters Markdown would read as syntax, so plain text stays plain text
 * (its words, numbers and punctuation reach the analysis unchanged).
 *
 * Returns the escaped paragraph.
 */
export function escapeMarkdown(paragraph: string): string {
  return paragraph
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
}

/** Whether `value` is a real `YYYY-MM-DD` date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Whether `value` is a BCP 47 language tag we accept (`en`, `en-GB`, `fr`). */
export function isLanguageTag(value: string): boolean {
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)
}
