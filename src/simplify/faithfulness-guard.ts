import type {SentenceFacts} from './sentence-facts.ts'

/** How strict the guard is: `plain` keeps every fact; `easy` may leave detail out but never alters it. */
export type GuardLevel = 'plain' | 'easy'

/** What the guard needs to know about a rewrite besides the facts. */
export interface GuardOptions {
  readonly level: GuardLevel
  /** The rewrite moves parts of the sentence, so the order of names and numbers may change. */
  readonly reorders?: boolean | undefined
  /** The rewrite deliberately leaves detail out (only allowed at `easy`). */
  readonly dropsDetail?: boolean | undefined
  /** Words the rewrite may add although the input lacks them (an expansion from the glossary). */
  readonly allowedNames?: ReadonlySet<string> | undefined
  /** Capitalised words the rewrite may drop because they are no name (a run-in heading). */
  readonly droppedWords?: ReadonlySet<string> | undefined
}

/** Returns the items of `all` that are missing from `some`, as a multiset difference. */
function missing(all: readonly string[], some: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const item of some) counts.set(item, (counts.get(item) ?? 0) + 1)
  const result: string[] = []
  for (const item of all) {
    const count = counts.get(item) ?? 0
    if (count > 0) counts.set(item, count - 1)
    else result.push(item)
  }
  return result
}

/** Returns whether `small` is a subsequence of `large`. */
function isSubsequence(small: readonly string[], large: readonly string[]): boolean {
  let index = 0
  for (const item of large) if (item === small[index]) index++
  return index === small.length
}

/** Returns the list without repeats, first occurrences kept in order. */
function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}

/**
 * Compare the facts of a text before and after one rewrite.
 *
 * Returns the problems found (empty when the rewrite is faithful): a number,
 * name, negation or quotation lost, added or changed, or names and numbers in
 * another order (who did what) where the rewrite does not move parts.
 */
export function faithfulnessProblems(
  before: SentenceFacts,
  after: SentenceFacts,
  options: GuardOptions
): string[] {
  const problems: string[] = []
  const keepAll = options.level === 'plain' || options.dropsDetail !== true

  const addedNumbers = missing(after.numbers, before.numbers)
  if (addedNumbers.length > 0) problems.push(`adds or changes the number ${addedNumbers.join(', ')}`)
  const lostNumbers = missing(before.numbers, after.numbers)
  if (keepAll && lostNumbers.length > 0) problems.push(`loses the number ${lostNumbers.join(', ')}`)

  const addedNames = unique(after.names).filter(
    (name) =>
      !before.words.has(name) &&
      // A common word that a split capitalises as the first word of a new sentence (`territories` → `Territories`).
      !before.words.has(name.charAt(0).toLowerCase() + name.slice(1)) &&
      !before.names.includes(name) &&
      options.allowedNames?.has(name) !== true
  )
  if (addedNames.length > 0) problems.push(`adds the name ${addedNames.join(', ')}`)
  const afterNames = new Set(after.names)
  const lostNames = unique(before.names).filter((name) => !afterNames.has(name) && options.droppedWords?.has(name) !== true)
  if (keepAll && lostNames.length > 0) problems.push(`loses the name ${lostNames.join(', ')}`)

  // At every level: `easy` may leave detail out, but never a negation (`not`, `never`, `without`, …).
  if (after.negations !== before.negations) {
    problems.push(`changes the number of negations from ${before.negations} to ${after.negations}`)
  }

  const lostQuotes = missing(before.quotes, after.quotes)
  if (keepAll && lostQuotes.length > 0) problems.push(`loses the quotation “${lostQuotes[0] ?? ''}”`)
  const addedQuotes = missing(after.quotes, before.quotes)
  if (addedQuotes.length > 0) problems.push(`changes the quotation “${addedQuotes[0] ?? ''}”`)

  if (options.reorders !== true && problems.length === 0) {
    // First mentions only: a split may repeat a name as the subject of the new sentence.
    const beforeOrder = unique(before.order).filter((item) => options.droppedWords?.has(item) !== true)
    // Only what the text had before: a common word capitalised to open a new sentence is no name.
    const known = new Set(before.order)
    const afterOrder = unique(after.order).filter((item) => known.has(item))
    const same = keepAll ? beforeOrder.join('\u0000') === afterOrder.join('\u0000') : isSubsequence(afterOrder, beforeOrder)
    if (!same) problems.push('changes the order of names and numbers (who did what)')
  }
  return problems
}
