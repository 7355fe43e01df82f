import type {GlossaryEntryView} from './level-text.ts'

/** A glossary term found in a sentence: UTF-16 offsets into its text. */
export interface TermSpan {
  readonly entry: GlossaryEntryView
  readonly start: number
  readonly end: number
}

/**
 * Find the glossary terms (and their aliases) that occur in a text as whole words, longest first,
 * never overlapping; case-insensitive, except that an all-capitals term (an abbreviation) must match exactly.
 *
 * Returns the spans in text order.
 */
export function termSpans(text: string, entries: readonly GlossaryEntryView[]): TermSpan[] {
  const forms = entries
    .flatMap((entry) => [entry.term, ...(entry.aliases ?? [])].map((form) => ({entry, form})))
    .filter(({form}) => form.trim() !== '')
    .sort((a, b) => b.form.length - a.form.length)
  const spans: TermSpan[] = []
  for (const {entry, form} of forms) {
    const flags = form === form.toUpperCase() && /\p{Lu}/u.test(form) ? 'gu' : 'giu'
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, flags)
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (spans.some((span) => start < span.end && span.start < end)) continue
      spans.push({entry, start, end})
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
