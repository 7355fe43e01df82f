import {quotedTokens} from './quoted-tokens.ts'
import {sentenceFacts} from './sentence-facts.ts'
import type {Tokens} from './sentence-tokens.ts'

/**
 * Whether tokens `[start, end)` may be left out at `easy`: they hold no negation
 * (`not`, `never`, `without`, …) and no quoted word. The guard lets `easy` lose
 * detail; these two it must never lose, so the rules check before they propose.
 *
 * Returns `true` when the part holds neither.
 */
export function mayLeaveOut(tokens: Tokens, start: number, end: number): boolean {
  const quoted = quotedTokens(tokens)
  for (let index = start; index < end; index++) if (quoted[index]) return false
  return sentenceFacts([tokens.slice(start, end)]).negations === 0
}

/** Sentences longer than this many words are long for `easy` (the level's longest-sentence target). */
export const easyLongSentence = 15
