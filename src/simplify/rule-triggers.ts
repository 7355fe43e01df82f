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
    if (alternatives === undefined) continue
    let found = false
    for (let at = 0; at < alternatives.length; at++) {
      if (values.has(alternatives[at] ?? '')) {
        found = true
        break
      }
    }
    if (!found) return false
  }
  return true
}
