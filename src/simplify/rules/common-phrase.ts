import {commonPhrases, type CommonPhrase} from '../common-phrases.ts'
import {unitValue} from '../number-words.ts'
import {tagsOf} from '../part-of-speech.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import type {Tokens} from '../sentence-tokens.ts'
import {phraseTokens, phraseWords, replaceRange} from '../token-match.ts'
import {tokensText} from '../tokens-text.ts'

interface Entry extends CommonPhrase {
  readonly words: readonly string[]
}

/** The phrases by their first word (longest first), so a sentence is scanned once. */
const byFirstWord = new Map<string, Entry[]>()
for (const entry of commonPhrases) {
  const words = phraseWords(entry.phrase)
  const first = words[0] ?? ''
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), {...entry, words}])
}
for (const entries of byFirstWord.values()) entries.sort((a, b) => b.words.length - a.words.length)

/** Returns the lower-case word next to `index` in direction `step` (-1 before, +1 after), skipping one space; undefined at punctuation. */
function neighbour(tokens: Tokens, index: number, step: -1 | 1): string | undefined {
  // Reads stay inside the list (a read past either end makes V8 drop its optimised code).
  if (index + 2 * step < 0 || index + 2 * step >= tokens.length) return undefined
  const gap = tokens[index + step]
  const next = tokens[index + 2 * step]
  if (gap?.kind !== 'space' || next?.kind !== 'word') return undefined
  return next.value.toLowerCase()
}

/** Words that open a number written in words (`a dozen` aside: `a` opens too much else). */
const numberWords = new Set(['half', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions'])

/** Returns whether the word after the space at `end` opens a number: digits (`100`, `$5`) or a number word. */
function startsNumber(tokens: Tokens, end: number): boolean {
  if (end + 1 >= tokens.length) return false
  if (tokens[end]?.kind !== 'space') return false
  const next = tokens[end + 1]
  if (next === undefined) return false
  if (next.kind === 'symbol' && /^[$£€¥]$/.test(next.value)) return true
  if (next.kind !== 'word') return false
  return /^\d/.test(next.value) || unitValue(next.value) !== undefined || numberWords.has(next.value.toLowerCase())
}

/** Returns whether a lower-case word is most often a verb form other than `-ing` (`built`, `called`, `wrote`). */
function isVerbForm(lower: string): boolean {
  const tag = tagsOf(lower)[0]
  return tag === 'VBN' || tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || tag === 'VB'
}

/** Returns the end of `words` matched from `start` (words separated by single spaces), or undefined. */
function matchAt(tokens: Tokens, start: number, words: readonly string[]): number | undefined {
  let index = start
  for (let matched = 1; matched < words.length; matched++) {
    if (index + 2 >= tokens.length) return undefined
    const next = tokens[index + 2]
    if (tokens[index + 1]?.kind !== 'space' || next?.kind !== 'word' || next.value.toLowerCase() !== words[matched]) return undefined
    index += 2
  }
  return index + 1
}

/**
 * Swap a formal word or phrase of encyclopaedic and news text for the common
 * one plain writers use (`occurred` → `happened`, `consists of` → `has`,
 * `is regarded as` → `is seen as`, `upon` → `on`), each only in the context
 * its table entry allows; never inside a quotation or a capitalised name.
 */
export const commonPhrase: Rule = {
  name: 'common-phrase',
  levels: ['plain', 'easy'],
  triggers: [[...byFirstWord.keys()]],
  candidates(tokens) {
    let quoted: boolean[] | undefined
    const found: Candidate[] = []
    const taken = new Set<number>()
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word') continue
      const lower = token.value.toLowerCase()
      const entries = byFirstWord.get(lower)
      if (entries === undefined || taken.has(index)) continue
      // A capitalised word inside the sentence is part of a name; so is a first word before another capital (`Massive Attack`).
      if (token.value !== lower && tokens.slice(0, index).some((item) => item.kind === 'word')) continue
      if (token.value !== lower && tokens[index + 1]?.kind === 'space' && /^\p{Lu}/u.test(tokens[index + 2]?.value ?? '')) continue
      quoted ??= quotedTokens(tokens)
      if (quoted[index]) continue
      for (const entry of entries) {
        const end = matchAt(tokens, index, entry.words)
        if (end === undefined) continue
        const before = neighbour(tokens, index, -1)
        const after = neighbour(tokens, end - 1, 1)
        if (entry.after && (before === undefined || !entry.after.includes(before))) continue
        if (entry.notAfter && before !== undefined && entry.notAfter.includes(before)) continue
        if (entry.notBefore && after !== undefined && entry.notBefore.includes(after)) continue
        if (entry.before && (after === undefined || !entry.before.includes(after))) continue
        if (entry.beforeNumber && !startsNumber(tokens, end)) continue
        if (entry.beforeVerb && (after === undefined || !isVerbForm(after))) continue
        // Hyphenated forms (`well-established`) stay as written.
        if ((index > 0 && tokens[index - 1]?.value === '-') || (end < tokens.length && tokens[end]?.value === '-')) continue
        const actual = tokensText(tokens, index, end)
        // `an entire` → `a whole`, `a hour`-style mistakes aside: the article follows the new first letter.
        let start = index
        let replacement = entry.plain
        const article = before === 'a' || before === 'an' ? tokens[index - 2] : undefined
        if (article !== undefined) {
          const wanted = /^[aeiou]/i.test(entry.plain) ? 'an' : 'a'
          if (wanted !== before) {
            start = index - 2
            replacement = `${wanted} ${entry.plain}`
          }
        }
        found.push({
          sentences: [replaceRange(tokens, start, end, phraseTokens(replacement))],
          reason: `Used the common “${entry.plain}” for “${actual}”.`,
          key: `${entry.phrase}@${index}`
        })
        taken.add(index)
        break
      }
    }
    return found
  }
}
