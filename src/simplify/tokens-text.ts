import type {Tokens} from './sentence-tokens.ts'

/**
 * The text of `tokens[start]` up to (not including) `tokens[end]`, as written; `end` past the
 * list stops at its end, a `start` below 0 counts as 0. A plain loop: no copy of the list, no array of strings.
 *
 * Returns the joined values of the tokens in the range.
 */
export function tokensText(tokens: Tokens, start: number, end: number = tokens.length): string {
  const stop = end < tokens.length ? end : tokens.length
  let text = ''
  for (let at = start < 0 ? 0 : start; at < stop; at++) text += (tokens[at] as Tokens[number]).value
  return text
}
