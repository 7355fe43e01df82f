/** How to say a term: a respelling a person can read, and the text handed to a speech engine. */
export interface Pronunciation {
  /** A respelling a reader can follow, stressed syllable in capitals, such as `toh-KYE-ev`. */
  readonly respelling: string
  /** The text a speech engine reads to say the term right, such as `toe-kye-yev`. */
  readonly say: string
}

/** One glossary entry after validation: a hard term, the other ways a text names it, and its plain meaning. */
export interface GlossaryEntry {
  /** `term-<slug of the term>`: the id of the entry on the page. */
  readonly id: string
  /** The term as the glossary shows it, such as `CSTO` or `post-Soviet`. */
  readonly term: string
  /** Other ways a text names the same thing (matched like the term). */
  readonly aliases: readonly string[]
  /** What an abbreviation stands for, such as `Collective Security Treaty Organization`; `null` if none. */
  readonly expansion: string | null
  /** One or two short, plain sentences (grade 8 or below). */
  readonly definition: string
  /** An example for a numeric idea, such as a typical figure; `null` if none. */
  readonly example: string | null
  readonly pronunciation: Pronunciation | null
}

/**
 * The slug of a term: lowercase letters and digits joined by hyphens, accents dropped.
 *
 * Returns the slug, such as `gdp-per-capita` for `GDP per capita`.
 */
export function termSlug(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/** Returns the page id of the entry for `term`: `term-<slug>`. */
export function termId(term: string): string {
  return `term-${termSlug(term)}`
}

/**
 * Merge glossaries: later entries replace earlier ones with the same id (an article's own
 * entries override the shared glossary).
 *
 * Returns the merged entries, in first-seen order.
 */
export function mergeGlossaries(...lists: readonly (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const byId = new Map<string, GlossaryEntry>()
  for (const list of lists) for (const entry of list) byId.set(entry.id, entry)
  return [...byId.values()]
}
