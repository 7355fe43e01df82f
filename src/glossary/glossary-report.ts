import type {GlossaryEntry, Pronunciation} from './glossary-entry.ts'
import type {UnexplainedRule} from './find-unexplained.ts'

/** Where a glossary term occurs: a sentence id and UTF-16 offsets into that sentence's text. */
export interface TermOccurrence {
  readonly sentenceId: string
  readonly start: number
  readonly end: number
}

/** A glossary entry as the report gives it: the entry and where the text uses it. */
export interface ReportGlossaryEntry {
  /** `term-<slug>`, the id of the entry on the page. */
  readonly id: string
  readonly term: string
  /** Other ways a text names it (left out when there are none). */
  readonly aliases?: readonly string[]
  readonly expansion: string | null
  readonly definition: string
  readonly example: string | null
  readonly pronunciation: Pronunciation | null
  /** Every occurrence in the original text, in reading order (never empty). */
  readonly occurrences: readonly TermOccurrence[]
}

/** A term of the text the glossary does not explain ("terms you may not know"); no definition is invented. */
export interface ReportUnknownTerm {
  /** The word as the text writes it (lowercased for rare words). */
  readonly text: string
  readonly ruleId: Exclude<UnexplainedRule, 'missing-pronunciation'>
  /** The sentence of its first use. */
  readonly sentenceId: string
}

/**
 * The report's glossary: each entry the text uses, in order of first use, with its occurrences.
 *
 * Returns the entries; an entry the text never uses is left out.
 */
export function glossaryReport(
  entries: readonly GlossaryEntry[],
  sentences: readonly {readonly id: string; readonly terms: readonly {id: string; start: number; end: number}[]}[]
): ReportGlossaryEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const occurrences = new Map<string, TermOccurrence[]>()
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const list = occurrences.get(term.id) ?? []
      list.push({sentenceId: sentence.id, start: term.start, end: term.end})
      occurrences.set(term.id, list)
    }
  }
  const result: ReportGlossaryEntry[] = []
  for (const [id, places] of occurrences) {
    const entry = byId.get(id)
    if (!entry) continue
    result.push({
      id,
      term: entry.term,
      ...(entry.aliases.length > 0 ? {aliases: entry.aliases} : {}),
      expansion: entry.expansion,
      definition: entry.definition,
      example: entry.example,
      pronunciation: entry.pronunciation,
      occurrences: places
    })
  }
  return result
}
