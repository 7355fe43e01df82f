import type {Tokens} from './sentence-tokens.ts'

/** The lower-case values of each token list's words and marks, worked out once per list. */
const valuesOf = new WeakMap<Tokens, ReadonlySet<string>>()

/** The list `tokenValues` was last asked about, and its answer (the rules ask about one list in a row). */
let lastTokens: Tokens | undefined
let lastValues: ReadonlySet<string> | undefined

/** Returns the lower-case values of the words and marks of `tokens` (white space left out). */
export function tokenValues(tokens: Tokens): ReadonlySet<string> {
  if (tokens === lastTokens && lastValues !== undefined) return lastValues
  let values = valuesOf.get(tokens)
  if (values === undefined) {
    const found = new Set<string>()
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]
      if (token !== undefined && token.kind !== 'space') found.add(token.value.toLowerCase())
    }
    values = found
    valuesOf.set(tokens, values)
  }
  lastTokens = tokens
  lastValues = values
  return values
}

/** Each trigger group as a set, made once per group. */
const groupSets = new WeakMap<readonly string[], ReadonlySet<string>>()

/** Returns `group` as a set, made once. */
function groupSet(group: readonly string[]): ReadonlySet<string> {
  let set = groupSets.get(group)
  if (set === undefined) {
    set = new Set(group)
    groupSets.set(group, set)
  }
  return set
}

/** Returns whether `values` and `group` share a value (the smaller side is walked). */
function shares(values: ReadonlySet<string>, group: readonly string[]): boolean {
  if (group.length <= values.size) {
    for (let at = 0; at < group.length; at++) if (values.has(group[at] ?? '')) return true
    return false
  }
  const set = groupSet(group)
  for (const value of values) if (set.has(value)) return true
  return false
}

/**
 * Whether a sentence holds what a rule needs before it can match: at least one value
 * (a lower-case word or mark) of every group of `triggers`.
 *
 * Returns `false` when some group has no value in the sentence (the rule then proposes nothing).
 */
export function meetsTriggers(tokens: Tokens, triggers: ReadonlyArray<readonly string[]>): boolean {
  const values = tokenValues(tokens)
  for (let group = 0; group < triggers.length; group++) {
    const alternatives = triggers[group]
    if (alternatives !== undefined && !shares(values, alternatives)) return false
  }
  return true
}
