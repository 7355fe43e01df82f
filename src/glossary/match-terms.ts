import {termId} from './glossary-entry.ts'
import {inflections, isAbbreviationForm} from './term-forms.ts'

/** One occurrence of a glossary entry in a text: UTF-16 offsets, `end` exclusive. */
export interface TermMatch {
  /** The entry's id, `term-<slug>`. */
  readonly id: string
  readonly start: number
  readonly end: number
}

/**
 * What matching needs of a glossary entry (a `GlossaryEntry` has it all): its term, and
 * optionally its id (default `term-<slug of the term>`), aliases and expansion.
 */
export interface MatchableEntry {
  readonly term: string
  readonly id?: string | undefined
  readonly aliases?: readonly string[] | undefined
  readonly expansion?: string | null | undefined
}

/** Separators that join the parts of a term: hyphens, dashes and spaces are the same ("post-Soviet", "post Soviet"). */
const separator = String.raw`(?:\s*[-‐‑–—]\s*|\s+)`
/** A match may never start or end inside a longer word. */
const notWordBefore = String.raw`(?<![\p{L}\p{N}\p{M}])`
const notWordAfter = String.raw`(?![\p{L}\p{N}\p{M}])`

interface CompiledForm {
  readonly id: string
  readonly pattern: RegExp
  /** The form has no capital letter: a common word, never matched inside a capitalised name. */
  readonly common: boolean
  /** Lowercase text every match starts with: a text without it is skipped before the regex runs. */
  readonly probe: string
}

/** The longest lowercase start that all of `words` share. */
function commonStart(words: readonly string[]): string {
  let start = words[0]?.toLowerCase() ?? ''
  for (const word of words) {
    const lower = word.toLowerCase()
    let length = 0
    while (length < start.length && length < lower.length && start[length] === lower[length]) length++
    start = start.slice(0, length)
  }
  return start
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)
}

function compileForm(id: string, form: string): CompiledForm | undefined {
  const parts = form.split(/[\s\-‐‑–—]+/u).filter((part) => part !== '')
  const last = parts.pop()
  if (last === undefined) return undefined
  const forms = inflections(last).sort((a, b) => b.length - a.length)
  const body = [...parts.map(escape), `(?:${forms.map(escape).join('|')})`].join(separator)
  const flags = isAbbreviationForm(form) ? 'gu' : 'giu'
  const probe = parts[0] === undefined ? commonStart(forms) : parts[0].toLowerCase()
  return {id, pattern: new RegExp(notWordBefore + body + notWordAfter, flags), common: !/\p{Lu}/u.test(form), probe}
}

const capitalised = /^\p{Lu}/u

/**
 * The word right before `index` in `text`, or `undefined` when there is none or it is the
 * sentence's first word (capitalised anyway).
 */
function wordBefore(text: string, index: number): string | undefined {
  const match = /([\p{L}\p{M}’'.]+)[^\p{L}\p{N}]*$/u.exec(text.slice(0, index))
  if (!match || !/[\p{L}\p{N}]/u.test(text.slice(0, match.index))) return undefined
  return match[1]
}

function wordAfter(text: string, index: number): string | undefined {
  return /^[\s,]*[“"‘']?([\p{L}\p{M}’']+)/u.exec(text.slice(index))?.[1]
}

/**
 * Whether a capitalised match of a common word sits inside a name, such as "Rose" in
 * `said Rose Hill` or "Will" in `Will Smith`: a capitalised word next to it (before it,
 * unless it starts the sentence, or after it).
 */
function insideName(text: string, start: number, end: number): boolean {
  if (!capitalised.test(text.slice(start, end))) return false
  const before = wordBefore(text, start)
  const after = wordAfter(text, end)
  return (before !== undefined && capitalised.test(before)) || (after !== undefined && capitalised.test(after))
}

/**
 * Compile a matcher for `entries`: every term, alias and expansion of each entry, with their
 * plural and other inflected forms, hyphen or space between parts, case-insensitive (an
 * abbreviation such as `WHO` matches only in capitals, so "who" is never it).
 *
 * Returns a function that finds the entries' occurrences in a text: never inside a longer
 * word, never a common word inside a capitalised name, and where matches overlap the longest wins.
 */
export function createTermMatcher(entries: readonly MatchableEntry[]): (text: string) => TermMatch[] {
  const forms: CompiledForm[] = []
  for (const entry of entries) {
    const id = entry.id ?? termId(entry.term)
    const names = new Set([entry.term, ...(entry.aliases ?? []), ...(entry.expansion ? [entry.expansion] : [])])
    for (const name of names) {
      const compiled = compileForm(id, name)
      if (compiled) forms.push(compiled)
    }
  }

  return function (text: string): TermMatch[] {
    const candidates: TermMatch[] = []
    const lower = text.toLowerCase()
    for (const form of forms) {
      if (!lower.includes(form.probe)) continue
      form.pattern.lastIndex = 0
      for (const match of text.matchAll(form.pattern)) {
        const start = match.index
        const end = start + match[0].length
        if (form.common && insideName(text, start, end)) continue
        candidates.push({id: form.id, start, end})
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    const chosen: TermMatch[] = []
    for (const candidate of candidates) {
      if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) continue
      chosen.push(candidate)
    }
    return chosen.sort((a, b) => a.start - b.start)
  }
}

const matchers = new WeakMap<readonly MatchableEntry[], (text: string) => TermMatch[]>()

/**
 * Find the occurrences of glossary entries in any sentence text (an original sentence or a
 * plain or easy one), by the rules of {@link createTermMatcher}. The matcher for an entries
 * array is compiled once and reused.
 *
 * Returns the matches in text order, with offsets into `text`.
 */
export function matchTerms(text: string, entries: readonly MatchableEntry[]): TermMatch[] {
  let matcher = matchers.get(entries)
  if (!matcher) {
    matcher = createTermMatcher(entries)
    matchers.set(entries, matcher)
  }
  return matcher(text)
}
