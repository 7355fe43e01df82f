import {easyPeriphrases, fillPeriphrasis, type ParsedPeriphrasis} from '../easy-periphrases.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import type {Tokens} from '../sentence-tokens.ts'
import {isFirstWord, phraseTokens, replaceRange} from '../token-match.ts'

/** A match of a periphrasis: its token range and the words each slot matched. */
interface Match {
  readonly start: number
  readonly end: number
  readonly words: string[]
}

/**
 * The periphrasis matched at the word `start` (its slots over consecutive words separated by
 * single spaces), or undefined. No matched word may be quoted, joined by a hyphen or written
 * with a capital inside the sentence (a name).
 */
function matchAt(tokens: Tokens, start: number, entry: ParsedPeriphrasis, quoted: readonly boolean[]): Match | undefined {
  const words: string[] = []
  let at = start
  let end = start
  for (const slot of entry.slots) {
    if (slot === 'start') {
      if (!isFirstWord(tokens, start)) return undefined
      words.push('')
      continue
    }
    if (slot === 'mark') {
      if (tokens[end]?.kind !== 'punctuation') return undefined
      words.push('')
      continue
    }
    if (at !== start && (tokens[at - 1]?.kind !== 'space' || at >= tokens.length)) return undefined
    const token = tokens[at]
    if (token?.kind !== 'word' || quoted[at]) return undefined
    const lower = token.value.toLowerCase()
    if (!slot.has(lower)) return undefined
    if (token.value !== lower && !isFirstWord(tokens, at)) return undefined
    words.push(lower)
    end = at + 1
    at += 2
  }
  if (tokens[start - 1]?.value === '-' || tokens[end]?.value === '-') return undefined
  return {start, end, words}
}

/**
 * The entries by the words their first word slot takes (in table order), so a sentence is
 * matched only against the entries that can start at each word; entries opening with a mark
 * are tried everywhere.
 */
const byFirstWord = new Map<string, ParsedPeriphrasis[]>()
const anyWord: ParsedPeriphrasis[] = []
for (const entry of easyPeriphrases) {
  const first = entry.slots.find((slot) => slot !== 'start')
  if (first === undefined || first === 'mark') {
    anyWord.push(entry)
    continue
  }
  for (const value of first) byFirstWord.set(value, [...(byFirstWord.get(value) ?? []), entry])
}

/** Returns the entries that may match at a word, in table order. */
function entriesFor(lower: string): readonly ParsedPeriphrasis[] {
  const listed = byFirstWord.get(lower)
  if (anyWord.length === 0) return listed ?? []
  if (listed === undefined) return anyWord
  return easyPeriphrases.filter((entry) => listed.includes(entry) || anyWord.includes(entry))
}

/**
 * `easy` only: say a hard word with short common words, Simple English style, where the words
 * around it keep the meaning (`the authorities said` → `the people in charge said`, `a
 * peacekeeping mission` → `a mission to keep the peace`, `per capita` → `per person`); never
 * inside a quotation, never a name.
 */
export const easyPeriphrasis: Rule = {
  name: 'easy-periphrasis',
  levels: ['easy'],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start]
      if (token?.kind !== 'word') continue
      for (const entry of entriesFor(token.value.toLowerCase())) {
        const match = matchAt(tokens, start, entry, quoted)
        if (match === undefined) continue
        const before = tokens.slice(match.start, match.end).map((token) => token.value).join('')
        const easy = fillPeriphrasis(entry.replacement, match.words)
        found.push({
          sentences: [replaceRange(tokens, match.start, match.end, phraseTokens(easy))],
          reason: `Said “${before}” with the common words “${easy}”.`,
          key: `${before.toLowerCase()}@${start}`
        })
      }
    }
    return found
  }
}
