import {dictionary} from 'cmu-pronouncing-dictionary'
import {syllable} from 'syllable'
import {numberWords} from './number-words.ts'

/** Where a syllable count came from. */
export type SyllableSource = 'cmu' | 'compound' | 'number' | 'syllable'

/** The syllables of one word and where the count came from. */
export interface SyllableCount {
  readonly count: number
  /**
   * `cmu`: the CMU pronouncing dictionary; `compound`: two dictionary words joined
   * (`peacekeeping`); `number`: digits read aloud (`400` → “four hundred”); `syllable`:
   * the `syllable` package’s rules, for words the dictionary lacks (names, new words).
   * A hyphenated word takes the weakest source of its parts.
   */
  readonly source: SyllableSource
}

let cmu: Map<string, number> | undefined

/**
 * The CMU pronouncing dictionary as word → syllables, built once on first use:
 * variant keys (`word(2)`) are skipped, trailing `# comments` ignored, and a
 * syllable is a phone with a stress digit (a vowel).
 */
function cmuSyllables(): Map<string, number> {
  if (cmu) return cmu
  cmu = new Map()
  for (const key in dictionary) {
    if (key.charCodeAt(key.length - 1) === 41 /* ) */ && /\(\d+\)$/.test(key)) continue
    const phones = dictionary[key] ?? ''
    let count = 0
    for (let index = 0; index < phones.length; index++) {
      const code = phones.charCodeAt(index)
      if (code === 35 /* # */) break
      if (code >= 48 && code <= 50 /* 0-2 */) count++
    }
    cmu.set(key, count)
  }
  return cmu
}

/**
 * Syllables of a word in the CMU pronouncing dictionary (all keys are lowercase).
 *
 * Returns the count, or `undefined` when the dictionary lacks the word.
 */
export function cmuCount(word: string): number | undefined {
  return cmuSyllables().get(word)
}

/** Every word of the CMU dictionary with its syllables (variants skipped), for tests and tools. */
export function cmuEntries(): IterableIterator<[string, number]> {
  return cmuSyllables().entries()
}

const curlyApostrophe = /[\u2018\u2019\u02BC\u2032]/g
const possessive = /'s?$/
const hyphens = /[-\u2010\u2011\u2012\u2013]+/
const digits = /\d/
const edgeApostrophes = /^'+|'+$/g
const wordCharacter = /[\p{L}\p{N}]/u
const sibilantEnd = /(?:s|z|x|ch|sh|ce|ge)$/
const ordinalSuffix = /^(?:st|nd|rd|th|s)$/
/** Longer words are not tried as two dictionary words (the split is quadratic in length). */
const maxCompoundLength = 40
/** Longer words go to the `syllable` package in slices of this length (see `fallbackCount`). */
export const maxWordLength = 64
const plainNumber = /^\d[\d,]*(?:\.\d+)?$/
const leadingNumber = /^(\d[\d,]*(?:\.\d+)?)(\p{L}*)$/u

const rank: Record<SyllableSource, number> = {cmu: 0, number: 1, compound: 2, syllable: 3}

/** Count one hyphen-free part, lowercased, apostrophes straight. */
function partCount(part: string, capitalised: boolean): SyllableCount {
  const known = cmuCount(part)
  if (known !== undefined) return {count: known, source: 'cmu'}
  const bare = part.replace(possessive, '')
  if (bare !== part && bare !== '') {
    const stem = cmuCount(bare)
    // A possessive ’s is a syllable after a sibilant (“Paris’s”), otherwise not (“Moscow’s”).
    if (stem !== undefined) return {count: stem + (sibilantEnd.test(bare) && part.endsWith("'s") ? 1 : 0), source: 'cmu'}
  }
  const word = bare === '' ? part : bare
  if (plainNumber.test(word)) return {count: spokenCount(word), source: 'number'}
  const mixed = leadingNumber.exec(word)
  if (mixed) {
    // “1st”, “22nd”, “5km”: the number read aloud; a unit suffix adds at least one syllable.
    const suffix = mixed[2] ?? ''
    const extra = suffix === '' || ordinalSuffix.test(suffix) ? 0 : Math.max(1, fallbackCount(suffix))
    return {count: spokenCount(mixed[1] ?? '') + extra, source: 'number'}
  }
  if (!capitalised && word.length >= 6 && word.length <= maxCompoundLength) {
    // A closed compound the dictionary lacks (“peacebuilding”): two dictionary words.
    for (let cut = word.length - 3; cut >= 3; cut--) {
      const head = cmuCount(word.slice(0, cut))
      if (head === undefined) continue
      const tail = cmuCount(word.slice(cut))
      if (tail !== undefined) return {count: head + tail, source: 'compound'}
    }
  }
  return {count: Math.max(1, fallbackCount(word)), source: 'syllable'}
}

/**
 * The `syllable` package’s count; a word longer than any real word (a pasted URL, a run of
 * letters) is counted in slices, because the package’s time grows with the square of length.
 */
function fallbackCount(word: string): number {
  if (word.length <= maxWordLength) return syllable(word)
  let count = 0
  for (let start = 0; start < word.length; start += maxWordLength) count += syllable(word.slice(start, start + maxWordLength))
  return count
}

/** Syllables of a number written in digits, read aloud (at least 1). */
function spokenCount(value: string): number {
  let total = 0
  for (const word of numberWords(value)) total += cmuCount(word) ?? fallbackCount(word)
  return Math.max(1, total)
}

/**
 * Count the syllables of one word: the CMU pronouncing dictionary first, the `syllable`
 * package only for words the dictionary lacks.
 *
 * Curly apostrophes are made straight, a possessive `’s` is dropped when the dictionary
 * lacks the possessive form, hyphenated words are counted part by part, and a number in
 * digits counts as its spoken form (at least 1).
 *
 * Returns the count (0 only for a word without letters or digits) and its source.
 */
export function wordSyllables(value: string): SyllableCount {
  const lower = value.toLowerCase().replace(curlyApostrophe, "'")
  const whole = cmuCount(lower)
  if (whole !== undefined) return {count: whole, source: 'cmu'}
  const capitalised = value !== lower && !digits.test(value.charAt(0))
  let count = 0
  let source: SyllableSource = 'cmu'
  for (const part of lower.split(hyphens)) {
    const trimmed = part.replace(edgeApostrophes, '')
    if (!wordCharacter.test(trimmed)) continue
    const result = partCount(trimmed, capitalised)
    count += result.count
    if (rank[result.source] > rank[source]) source = result.source
  }
  return {count, source}
}

/** Count the syllables of one word (see `wordSyllables`). Returns the count. */
export function countSyllables(value: string): number {
  return wordSyllables(value).count
}
