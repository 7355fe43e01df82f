import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {daleChallWords, spacheWords} from './familiar-words.ts'
import {cmuCount, wordSyllables} from './syllables.ts'

/** Counts behind every readability formula, taken from the nlcst tree. */
export interface TextCounts {
  /** Word nodes with at least one letter or digit. */
  readonly words: number
  /** Sentences with at least one word. */
  readonly sentences: number
  /** Syllables of all words (CMU dictionary first, `syllable` as fallback). */
  readonly syllables: number
  /** Words of 3 or more syllables (SMOG). */
  readonly polysyllables: number
  /** Gunning’s complex words: 3+ syllables, not a proper name, not a compound of short parts, not made 3+ by -es/-ed/-ing. */
  readonly complexWords: number
  /** Letters and digits (Coleman–Liau, ARI). */
  readonly letters: number
  /** Words outside the Dale–Chall list (every occurrence; inflections of listed words and proper names are familiar). */
  readonly unfamiliarWords: number
  /** Distinct words outside the Spache list (each counted once; inflections and proper names are familiar). */
  readonly spacheUnfamiliarWords: number
  /** Proper names among the words. */
  readonly properNames: number
}

/** What the formulas need to know about one word. */
export interface WordFacts {
  readonly text: string
  /** Lowercase, straight apostrophes. */
  readonly normal: string
  readonly syllables: number
  readonly letters: number
  readonly properName: boolean
  readonly complex: boolean
  readonly daleChallFamiliar: boolean
  readonly spacheFamiliar: boolean
}

const letterOrDigit = /[\p{L}\p{N}]/gu
const hasLetterOrDigit = /[\p{L}\p{N}]/u
const upperStart = /^\p{Lu}/u
const acronym = /^\p{Lu}[\p{Lu}\d]+(?:['’]s)?$/u
const hyphen = /[-\u2010\u2011\u2012\u2013]/
const curlyApostrophe = /[\u2018\u2019\u02BC\u2032]/g
const opensClause = new Set(['“', '"', '‘', "'", '«', '„', ':', ';', '(', '[', '—', '–'])
const onlyDigits = /^[\d.,]+$/

/**
 * Whether a capitalised word is a name: an acronym (`NATO`), a capitalised word inside a
 * sentence, or a capitalised word opening a sentence that is also capitalised inside one or
 * that the CMU dictionary lacks (`Saltanat Azirbek, a police spokesman, …`).
 */
function isProperName(text: string, normal: string, initial: boolean, names: ReadonlySet<string>): boolean {
  if (!upperStart.test(text)) return false
  if (acronym.test(text)) return true
  if (!initial) return normal.length > 1
  return names.has(normal) || (normal.length > 1 && cmuCount(normal) === undefined && !hyphen.test(normal))
}

/** Stems a word ending in -es/-ed/-ing may come from: `created` → create, `stopping` → stop. */
function inflectionStems(word: string): string[] | undefined {
  const strip = (suffix: string) => word.slice(0, -suffix.length)
  let stems: string[]
  if (word.endsWith('ing')) stems = [strip('ing'), `${strip('ing')}e`]
  else if (word.endsWith('ed')) stems = [strip('ed'), strip('d')]
  else if (word.endsWith('es')) stems = [strip('es'), strip('s')]
  else return undefined
  const first = stems[0] ?? ''
  const last = first.charAt(first.length - 1)
  if (first.length > 2 && last === first.charAt(first.length - 2)) stems.push(first.slice(0, -1))
  return stems
}

/**
 * Gunning’s complex word: 3+ syllables, not a proper name, not a hyphenated compound whose
 * parts all have fewer than 3 syllables, and not made 3+ by -es, -ed or -ing (the stem, when
 * the CMU dictionary knows it, has fewer than 3; otherwise -ing is taken as one syllable).
 */
function isComplex(normal: string, syllables: number, properName: boolean): boolean {
  if (syllables < 3 || properName) return false
  if (hyphen.test(normal)) return normal.split(hyphen).some((part) => wordSyllables(part).count >= 3)
  const stems = inflectionStems(normal)
  if (!stems) return true
  for (const stem of stems) {
    const count = cmuCount(stem)
    if (count !== undefined) return count >= 3
  }
  return !normal.endsWith('ing') || syllables - 1 >= 3
}

/** Whether a word is familiar on a list: listed (or inflected from a listed word), a name, or a number. */
function familiar(list: {has: (word: string) => boolean}, normal: string, properName: boolean): boolean {
  if (properName || onlyDigits.test(normal) || list.has(normal)) return true
  return hyphen.test(normal) && normal.split(hyphen).every((part) => part === '' || list.has(part))
}

/**
 * Facts about one word node for the formulas.
 *
 * Returns `undefined` for a word node without letters or digits (it is not counted).
 */
export function wordFacts(node: Word, initial: boolean, names: ReadonlySet<string>): WordFacts | undefined {
  const text = toString(node)
  const known = knownWord(text)
  if (known === null) return undefined
  const properName = known.upperStart && isProperName(text, known.common.normal, initial, names)
  return properName ? (known.name ??= nameFacts(known.common)) : known.common
}

/** What is known of a word as written, whatever its place: its facts as a common word, and as a name once needed. */
interface KnownWord {
  readonly upperStart: boolean
  readonly common: WordFacts
  name?: WordFacts
}

/** Per word as written: what is known of it (`null`: no letter or digit, not counted); bounded. */
const knownWords = new Map<string, KnownWord | null>()

/** Words remembered in `knownWords` before it starts over (bounds the memory). */
const maxKnownWords = 50_000

/**
 * The facts of a word as written that do not depend on its place (syllables, letters, lists),
 * worked out once per word: counting syllables and looking words up is most of the counting.
 */
function knownWord(text: string): KnownWord | null {
  const cached = knownWords.get(text)
  if (cached !== undefined) return cached
  let known: KnownWord | null = null
  if (hasLetterOrDigit.test(text)) {
    const normal = text.toLowerCase().replace(curlyApostrophe, "'")
    const syllables = wordSyllables(text).count
    known = {
      upperStart: upperStart.test(text),
      common: {
        text,
        normal,
        syllables,
        letters: text.match(letterOrDigit)?.length ?? 0,
        properName: false,
        complex: isComplex(normal, syllables, false),
        daleChallFamiliar: familiar(daleChallWords, normal, false),
        spacheFamiliar: familiar(spacheWords, normal, false)
      }
    }
  }
  if (knownWords.size >= maxKnownWords) knownWords.clear()
  knownWords.set(text, known)
  return known
}

/** The facts of a word taken as a proper name: never complex, familiar on every list. */
function nameFacts(common: WordFacts): WordFacts {
  return {...common, properName: true, complex: false, daleChallFamiliar: true, spacheFamiliar: true}
}

/**
 * Words in a sentence, each with whether it opens the sentence or a clause after a quote
 * mark, colon or dash (where a capital letter does not mark a name).
 */
function* wordsOf(sentence: Sentence): Generator<{node: Word; initial: boolean}> {
  let initial = true
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      yield {node: child, initial}
      initial = false
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      if (opensClause.has(child.value)) initial = true
    }
  }
}

/**
 * Names of a text: lowercase forms of words written with a capital where a common word
 * would not be (not at the start of a sentence or clause). A capitalised word at the start
 * of a sentence is a name only when it also appears capitalised elsewhere.
 */
export function namesOf(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>()
  for (const sentence of sentences) {
    for (const {node, initial} of wordsOf(sentence)) {
      if (initial) continue
      const text = toString(node)
      if (upperStart.test(text) && text.length > 1) names.add(text.toLowerCase().replace(curlyApostrophe, "'"))
    }
  }
  return names
}

/** Options for counting. */
export interface CountOptions {
  /** Leave proper names out of every count (WCAG 3.1.5 “after removal of proper names”). */
  readonly ignoreProperNames?: boolean | undefined
}

/** The facts about every counted word of one sentence. */
export function sentenceWords(sentence: Sentence, names: ReadonlySet<string>): WordFacts[] {
  const words: WordFacts[] = []
  for (const {node, initial} of wordsOf(sentence)) {
    const facts = wordFacts(node, initial, names)
    if (facts) words.push(facts)
  }
  return words
}

/**
 * Add up the counts of some sentences given as their word facts.
 *
 * Returns the counts; a sentence whose words are all left out is not counted.
 */
export function countWords(sentences: readonly (readonly WordFacts[])[], options: CountOptions = {}): TextCounts {
  let words = 0
  let counted = 0
  let syllables = 0
  let polysyllables = 0
  let complexWords = 0
  let letters = 0
  let unfamiliarWords = 0
  let properNames = 0
  const spacheUnfamiliar = new Set<string>()
  for (const sentence of sentences) {
    let inSentence = 0
    for (const word of sentence) {
      if (word.properName) {
        if (options.ignoreProperNames) continue
        properNames++
      }
      inSentence++
      syllables += word.syllables
      letters += word.letters
      if (word.syllables >= 3) polysyllables++
      if (word.complex) complexWords++
      if (!word.daleChallFamiliar) unfamiliarWords++
      if (!word.spacheFamiliar) spacheUnfamiliar.add(word.normal)
    }
    words += inSentence
    if (inSentence > 0) counted++
  }
  return {
    words,
    sentences: counted,
    syllables,
    polysyllables,
    complexWords,
    letters,
    unfamiliarWords,
    spacheUnfamiliarWords: spacheUnfamiliar.size,
    properNames
  }
}
