import {daleChallWords} from '../readability/familiar-words.ts'

/**
 * One periphrasis of the `easy` level: a hard word said with short common words, in the words
 * around it that keep the meaning. `pattern` is a run of slots, each one word or `a|b|c` (any of
 * them); a slot `^` matches no word but the start of the sentence, a slot `.` no word but a
 * punctuation mark next. `replacement` is the new words, with `$1`, `$2` … for the words the slots
 * matched (`^` and `.` count as slots).
 */
export interface Periphrasis {
  readonly pattern: string
  readonly replacement: string
}

/** Verbs and prepositions after which a bare `authorities` takes `the` (`said the people in charge`). */
const beforeBareNoun = 'said|say|says|told|tell|by|to|from|with|that|for|against'

/**
 * Periphrases for news, Simple English style (`peacekeeping mission` → `mission to keep the
 * peace`): each only where the common words mean the same thing. `authorities` is the officials
 * in charge only as a bare plural or after `the` (not `local authorities`, not `an authority on`);
 * an announcement is news only as the subject or with `of` (`the announcement of the deployment`),
 * not `made an announcement`; `media` is news only in `in the media`; `peacekeeping` only before a
 * word for the effort or the force; `the military deployment` is the sending of soldiers; `immediately`
 * is `at once` only at the end of a clause.
 */
const table: readonly Periphrasis[] = [
  {pattern: '^ authorities', replacement: 'the people in charge'},
  {pattern: 'the authorities', replacement: 'the people in charge'},
  {pattern: `${beforeBareNoun} authorities`, replacement: '$1 the people in charge'},
  {pattern: 'the|that|this announcement came|comes|of', replacement: '$1 news $3'},
  {pattern: 'peacekeeping effort|efforts|mission|missions|operation|operations|force|forces', replacement: '$2 to keep the peace'},
  {pattern: 'in the media', replacement: 'in the news'},
  {pattern: 'in the|a local media', replacement: 'in $2 local news'},
  {pattern: 'in local media', replacement: 'in local news'},
  // `after` already says they came before: `came after earlier reports` → `came after reports`.
  {pattern: 'after earlier reports|talks|attempts|protests|clashes|warnings|statements|efforts|calls', replacement: 'after $3'},
  {pattern: 'the military deployment', replacement: 'the sending of soldiers'},
  {pattern: 'immediately .', replacement: 'at once'},
  {pattern: 'immediately after|before', replacement: 'right $2'},
  // Only after its noun (`income per capita.`), not before one (`per capita income`).
  {pattern: 'per capita .', replacement: 'per person'},
  {pattern: 'per capita in|of|and|or|for|was|is|has|rose|fell|grew', replacement: 'per person $3'}
]

/** A periphrasis read into slots: each slot's words, `start` for the start of the sentence, `mark` for a punctuation mark next. */
export interface ParsedPeriphrasis {
  readonly slots: ReadonlyArray<ReadonlySet<string> | 'start' | 'mark'>
  readonly replacement: string
}

/**
 * Whether every word the periphrasis brings in (not taken from a slot nor kept from the pattern,
 * such as `per` in `per capita` → `per person`) is on the Dale–Chall list of familiar words.
 */
function familiarReplacement(entry: Periphrasis): boolean {
  const kept = new Set(entry.pattern.split(/[ |]/))
  return entry.replacement.split(' ').every((item) => item.startsWith('$') || kept.has(item) || daleChallWords.has(item))
}

/** The periphrases of the `easy` level, read into slots; only those whose new words are all familiar. */
export const easyPeriphrases: readonly ParsedPeriphrasis[] = table.filter(familiarReplacement).map((entry) => ({
  slots: entry.pattern.split(' ').map((slot) => (slot === '^' ? 'start' : slot === '.' ? 'mark' : new Set(slot.split('|')))),
  replacement: entry.replacement
}))

/**
 * The words of `replacement` with `$n` filled in from `matched` (the words each slot matched,
 * `''` for the start of the sentence), joined by single spaces.
 */
export function fillPeriphrasis(replacement: string, matched: readonly string[]): string {
  return replacement
    .split(' ')
    .map((item) => (item.startsWith('$') ? (matched[Number(item.slice(1)) - 1] ?? '') : item))
    .filter((item) => item !== '')
    .join(' ')
}
