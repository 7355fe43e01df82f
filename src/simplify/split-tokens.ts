import {capitalize, closeSentence, trimTokens, wordCount, type Token, type Tokens} from './sentence-tokens.ts'

/**
 * Split a sentence in two around tokens `[start, end)`, which are dropped;
 * `opener` words start the second sentence (`But`, `It`).
 *
 * Returns both sentences, each closed with a full stop and capitalised.
 */
export function splitAt(tokens: Tokens, start: number, end: number, opener: readonly Token[] = []): Token[][] {
  const left = closeSentence(tokens.slice(0, start))
  const rest = trimTokens(tokens.slice(end))
  const right = closeSentence(capitalize([...opener, ...rest]))
  return [left, right]
}

/** Returns whether both parts of a split are long enough to stand alone (at least `minimum` words each). */
export function partsStandAlone(parts: readonly Tokens[], minimum = 3): boolean {
  return parts.every((part) => wordCount(part) >= minimum)
}
