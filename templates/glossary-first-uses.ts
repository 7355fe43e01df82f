import type {ReportGlossaryEntry} from '../src/glossary/glossary-report.ts'
import {termSlug} from '../src/glossary/glossary-entry.ts'

/** A glossary term to link in a sentence: its entry id and its offsets in the text. */
export interface ViewTerm {
  /** The entry's id, `term-<slug>`; the link goes to `#<id>`. */
  readonly id: string
  readonly start: number
  readonly end: number
  /** The first link to this entry in the version: it carries the id the glossary's back-link returns to. */
  readonly first: boolean
}

/** A sentence of one version of the text, with its glossary terms if it has any. */
interface VersionSentence {
  readonly id: string
  readonly text: string
  readonly terms?: readonly {readonly id: string; readonly start: number; readonly end: number}[] | undefined
}

/** The id of the link at the first use of an entry in the shown version, the glossary's back-link target. */
export function firstUseId(entryId: string): string {
  return `use-${entryId}`
}

/** Whether `written` names the entry by its term or its expansion (not by an alias). */
function namesEntry(written: string, entry: ReportGlossaryEntry): boolean {
  const slug = termSlug(written)
  return [entry.term, entry.expansion].some((name) => name !== null && slug.startsWith(termSlug(name)))
}

/**
 * The first use of each glossary entry in one version of the text (original, plain or easy),
 * in reading order: only these are linked, so a reader meets one link per term. When the first
 * use is an alias (“Russian-led alliance”), the first time the text gives the real name
 * (“Collective Security Treaty Organization”) is linked too.
 *
 * Returns a function from a sentence id of that version to the terms to link in it
 * (`undefined` when none), and the set of entry ids the version uses.
 */
export function firstUses(
  glossary: readonly ReportGlossaryEntry[],
  sentences: readonly VersionSentence[]
): {termsOf: (sentenceId: string) => ViewTerm[] | undefined; used: ReadonlySet<string>} {
  const entries = new Map(glossary.map((entry) => [entry.id, entry]))
  const used = new Set<string>()
  const named = new Set<string>()
  const bySentence = new Map<string, ViewTerm[]>()
  for (const sentence of sentences) {
    for (const term of sentence.terms ?? []) {
      const entry = entries.get(term.id)
      if (!entry) continue
      const written = sentence.text.slice(term.start, term.end)
      const isName = namesEntry(written, entry)
      if (used.has(term.id) && (!isName || named.has(term.id))) continue
      const first = !used.has(term.id)
      used.add(term.id)
      if (isName) named.add(term.id)
      const list = bySentence.get(sentence.id) ?? []
      list.push({id: term.id, start: term.start, end: term.end, first})
      bySentence.set(sentence.id, list)
    }
  }
  return {termsOf: (sentenceId) => bySentence.get(sentenceId), used}
}
