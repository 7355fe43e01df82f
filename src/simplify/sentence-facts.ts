import {readNumberWords, unitValue} from './number-words.ts'
import {quotations} from './quoted-tokens.ts'
import type {Tokens} from './sentence-tokens.ts'
import {tagsOf} from './part-of-speech.ts'
import {isCommonWord} from './word-frequency.ts'

/** The facts a rewrite must keep: what the faithfulness guard compares. */
export interface SentenceFacts {
  /** Numbers as values (`1,000`, `a thousand` → `1000`; `3.5` → `3.5`; `first` → `1st`), in order. */
  readonly numbers: readonly string[]
  /** Names (capitalised words that are not just a capitalised first word), in order. */
  readonly names: readonly string[]
  /** Every word as written, to tell whether a name was already in the text. */
  readonly words: ReadonlySet<string>
  /** How many negations (`not`, `n't`, `no`, `never`, `without`, …). */
  readonly negations: number
  /** Quoted text, verbatim. */
  readonly quotes: readonly string[]
  /** Names and numbers (`#`-prefixed) in their order in the text: who did what to whom. */
  readonly order: readonly string[]
}

const negationWords = new Set([
  'not', 'no', 'never', 'none', 'nor', 'neither', 'nobody', 'nothing', 'nowhere', 'without', 'cannot',
  'hardly', 'barely', 'scarcely', 'seldom', 'rarely', 'lack', 'lacks', 'lacked', 'lacking', 'fail', 'fails',
  'failed', 'unable', 'except', 'against', 'only'
])

/** Ordinal words as numbers (a `Map`: lookups by ever new words stay fast in optimised code). */
const ordinals: ReadonlyMap<string, string> = new Map(Object.entries({
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th',
  eighth: '8th', ninth: '9th', tenth: '10th', eleventh: '11th', twelfth: '12th', twentieth: '20th',
  hundredth: '100th', thousandth: '1000th'
}))

/** Words before `one` that make it a pronoun. */
const pronounBefore = new Set(['a', 'an', 'the', 'this', 'that', 'each', 'every', 'any', 'no', 'which', 'another', 'someone', 'such'])

/** Words after `one` that make it a pronoun. */
const pronounAfter = new Set(['that', 'who', 'which', 'another', 'is', 'was', 'can', 'could', 'would', 'should', 'must', 'may', 'might'])

/** Words that are capitalised as the first word of a sentence but are never names. */
const notNames = new Set(['I', 'I\'m', 'I\'ve', 'I\'d', 'I\'ll', 'OK'])

// Regular expressions made once (a literal inside a function is a new object at every call).
/** A comma between thousands (`1,000`). */
const thousandsComma = /(\d),(?=\d{3}\b)/g
/** Zeros before the first other digit. */
const leadingZeros = /^0+(?=\d)/
/** A capital letter first. */
const upperCaseStart = /^\p{Lu}/u
/** A capital letter after a small one (`iPhone`). */
const upperCaseInside = /\p{Ll}\p{Lu}/u
/** A mark that opens a quotation, a bracket or a list (a capitalised word after it may be no name). */
const openingMark = /^[“"‘(\[:–—]$/
/** Any digit. */
const digit = /\d/
/** A possessive `’s` at the end. */
const possessive = /[’']s$/

/** Returns a number written in digits as a comparable value: `1,000` → `1000`, `$20` → `20`, `1990s` → `1990s`. */
function digitValue(value: string): string {
  return value.replace(thousandsComma, '$1').replace(leadingZeros, '')
}

/**
 * Collect the capitalised words that are not the first word of a sentence: names
 * for sure, so the same word first in another sentence is a name too.
 */
export function midSentenceNames(sentences: readonly Tokens[], into = new Set<string>()): Set<string> {
  for (const tokens of sentences) {
    let first = true
    for (const token of tokens) {
      if (token.kind !== 'word') continue
      if (!first && startsUpperCase(token.value) && !notNames.has(token.value)) into.add(token.value)
      first = false
    }
  }
  return into
}

/** Returns whether a word starts with a capital letter (`/^\p{Lu}/u`, with a quick answer for ASCII). */
function startsUpperCase(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return upperCaseStart.test(value)
}

/** Per word: whether it has a capital at its start or inside (`iPhone`); bounded. */
const capitalisedWords = new Map<string, boolean>()

/** Whether a word has a capital letter at its start or after a small letter (`Kazakhstan`, `iPhone`). */
function isCapitalised(value: string): boolean {
  let known = capitalisedWords.get(value)
  if (known === undefined) {
    known = upperCaseStart.test(value) || upperCaseInside.test(value)
    if (capitalisedWords.size >= 50_000) capitalisedWords.clear()
    capitalisedWords.set(value, known)
  }
  return known
}

/** Whether the `one` at `index` is a pronoun (`a slow one`, `the one that`), by the words around it. */
function isPronounOne(tokens: Tokens, index: number): boolean {
  const previous = [...tokens.slice(0, index)].reverse().find((item) => item.kind !== 'space')
  const following = tokens.slice(index + 1).find((item) => item.kind !== 'space')
  return (
    (previous?.kind === 'word' && pronounBefore.has(previous.value.toLowerCase())) ||
    following === undefined ||
    following.kind === 'punctuation' ||
    (following.kind === 'word' && pronounAfter.has(following.value.toLowerCase()))
  )
}

/** Returns the lower-case word `step` words away from `index` (-1 the one before, 1 the one after), or undefined. */
function wordNear(tokens: Tokens, index: number, step: -1 | 1): string | undefined {
  for (let at = index + step; at >= 0 && at < tokens.length; at += step) {
    const token = tokens[at]
    if (token?.kind === 'word') return token.value.toLowerCase()
    if (token?.kind !== 'space') return undefined
  }
  return undefined
}

/**
 * Returns whether `first` at `index` is an adverb of time, no ordinal number:
 * `at first`, or right before a verb (`was first shown`, `he first worked`).
 * `the first album` is an ordinal.
 */
function isAdverbFirst(tokens: Tokens, index: number): boolean {
  if (wordNear(tokens, index, -1) === 'at') return true
  const next = wordNear(tokens, index, 1)
  if (next === undefined) return false
  const tag = tagsOf(next)[0]
  return tag === 'VBN' || tag === 'VBD' || tag === 'VBZ' || tag === 'VBP'
}

/**
 * Returns whether a capitalised word first in a sentence is a common word, no
 * name: frequent in SUBTLEX-US, or known to `en-lexicon` in lower case, first
 * as anything but a proper noun (`Cultivation`, `Coupled` are common words;
 * `Smith`, `Tokayev` are names). A name also used inside a sentence stays a name.
 */
function isCommonNotName(value: string): boolean {
  if (isCommonWord(value)) return true
  const lower = tagsOf(value.toLowerCase())[0]
  return lower !== undefined && !lower.startsWith('NNP')
}

/** Returns the words from `index` on (at most 8), read across spaces and hyphens, where a number in words may be. */
function wordRun(tokens: Tokens, index: number): string[] {
  const run: string[] = []
  for (let ahead = index; ahead < tokens.length && run.length < 8; ahead++) {
    const next = tokens[ahead]
    if (next?.kind === 'word') run.push(next.value)
    else if (next?.kind !== 'space' && !(next?.kind === 'punctuation' && next.value === '-')) break
  }
  return run
}

/**
 * Collect the facts of sentences (each a token list); a capitalised common word
 * first in a sentence counts as a name only when `knownNames` holds it.
 */
export function sentenceFacts(sentences: readonly Tokens[], knownNames: ReadonlySet<string> = new Set()): SentenceFacts {
  const numbers: string[] = []
  const names: string[] = []
  const order: string[] = []
  const words = new Set<string>()
  let negations = 0
  let text = ''
  for (const tokens of sentences) {
    let first = true
    let afterOpening = false
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token === undefined) continue
      text += token.value
      if (token.kind !== 'word') {
        if (token.kind === 'punctuation' && openingMark.test(token.value)) afterOpening = true
        else if (token.kind !== 'space') afterOpening = false
        continue
      }
      const value = token.value
      words.add(value)
      const lower = value.toLowerCase()
      if (digit.test(value)) {
        numbers.push(digitValue(value))
        order.push('#' + digitValue(value))
      } else if (ordinals.has(lower) && !(lower === 'first' && isAdverbFirst(tokens, index))) {
        numbers.push(ordinals.get(lower) ?? lower)
        order.push('#' + (ordinals.get(lower) ?? lower))
      } else {
        // A number in words starts with a unit word or `a` (`a thousand`): other words are not read on.
        const mayBeNumber = lower === 'a' || unitValue(lower) !== undefined
        const number = mayBeNumber ? readNumberWords(wordRun(tokens, index)) : undefined
        // `one` as a pronoun (`a slow one`, `the one that`) is not a number.
        const pronounOne = lower === 'one' && number?.length === 1 && isPronounOne(tokens, index)
        if (number && !pronounOne) {
          numbers.push(String(number.value))
          order.push('#' + String(number.value))
          // Skip the other words of the run.
          let skip = number.length - 1
          while (skip > 0 && index + 1 < tokens.length) {
            index++
            const next = tokens[index]
            if (next) text += next.value
            if (next?.kind === 'word') {
              words.add(next.value)
              skip--
            }
          }
          first = false
          afterOpening = false
          continue
        }
      }
      if (negationWords.has(lower) || lower.endsWith('n\'t') || lower.endsWith('n’t')) negations++
      const capitalised = isCapitalised(value)
      if (capitalised && !notNames.has(value) && !((first || afterOpening) && isCommonNotName(value) && !knownNames.has(value))) {
        const name = value.replace(possessive, '')
        names.push(name)
        order.push(name)
      }
      first = false
      afterOpening = false
    }
    text += ' '
  }
  return {numbers, names, words, negations, quotes: quotations(text), order}
}
