import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {GlossaryEntry} from './glossary-entry.ts'
import type {TermMatch} from './match-terms.ts'
import {isAbbreviationForm} from './term-forms.ts'
import {hasDictionaryPronunciation, isKnownWord, isRareWord} from './word-knowledge.ts'

/** What kind of finding: an abbreviation or rare word with no entry, or a name with no pronunciation. */
export type UnexplainedRule = 'unexplained-abbreviation' | 'rare-word' | 'missing-pronunciation'

/** A word of a text that the glossary does not explain. */
export interface UnexplainedTerm {
  readonly ruleId: UnexplainedRule
  /** The word as the text writes it (an abbreviation without its plural or possessive ending). */
  readonly text: string
  readonly sentenceId: string
  /** UTF-16 offsets into the sentence text. */
  readonly start: number
  readonly end: number
  /** The word node, for the message's place in the file. */
  readonly node: Word
}

/** A word of a sentence with its offsets into the sentence text. */
interface PlacedWord {
  readonly node: Word
  readonly text: string
  readonly start: number
  readonly end: number
  /** Index among the sentence's words. */
  readonly index: number
}

/** The sentence's words with offsets into its trimmed text. */
function wordsOf(sentence: Sentence): PlacedWord[] {
  const full = toString(sentence)
  let offset = -(full.length - full.trimStart().length)
  const words: PlacedWord[] = []
  for (const child of sentence.children) {
    const text = toString(child)
    if (child.type === 'WordNode') words.push({node: child, text, start: offset, end: offset + text.length, index: words.length})
    offset += text.length
  }
  return words
}

/** Roman numerals of the kind news uses (`World War II`, `Henry VIII`), which are not abbreviations. */
const romanNumeral = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/
const dottedAbbreviation = /^(?:\p{Lu}\.){2,}$/u
const possessive = /(?:[’']s|(?<=s)[’'])$/u

/** The abbreviation a word is, if it is one: `CSTO` for `CSTO`, `CSTOs` and `CSTO’s`; `U.S.` for `U.S.`. */
function abbreviationIn(part: string): string | undefined {
  if (dottedAbbreviation.test(part)) return part
  const bare = part.replace(possessive, '')
  const singular = /^\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}s$/u.test(bare) ? bare.slice(0, -1) : bare
  if (!/^[\p{Lu}\p{N}&]+$/u.test(singular) || !isAbbreviationForm(singular)) return undefined
  if (romanNumeral.test(singular)) return undefined
  return singular
}

/**
 * Where a dateline in capitals ends at the start of a story (`MOSCOW – `, `WASHINGTON (AP) — `).
 *
 * Returns the offset after its dash, or 0 when the text has none.
 */
function datelineEnd(text: string): number {
  return /^[\p{Lu}][\p{Lu}\s,.()'’/-]{0,60}?\s[–—-]\s/u.exec(text)?.[0].length ?? 0
}

/** Options of {@link findUnexplainedTerms}. */
export interface FindOptions {
  /** The glossary in use: a matched term is explained; a matched term with a pronunciation needs no other. */
  readonly entries: readonly GlossaryEntry[]
  /** The article's dateline (`Moscow`): written in capitals at the start, it is no abbreviation. */
  readonly dateline?: string | undefined
}

/**
 * Find the words of a text that its glossary does not explain: abbreviations with no entry;
 * rare words (see `isRareWord`) with no entry; capitalised names that the CMU Pronouncing
 * Dictionary lacks (so a speech engine may guess) with no pronunciation.
 * Each word is reported once, at its first occurrence. A dateline in capitals at the
 * start of the first sentence and all-capital shouting are skipped.
 *
 * Returns the findings in text order.
 */
export function findUnexplainedTerms(
  sentences: readonly {readonly id: string; readonly text: string; readonly node: Sentence; readonly terms: readonly TermMatch[]}[],
  options: FindOptions
): UnexplainedTerm[] {
  const byId = new Map(options.entries.map((entry) => [entry.id, entry]))
  const datelineWords = new Set((options.dateline ?? '').toUpperCase().split(/[\s,]+/).filter(Boolean))
  const seen = new Set<string>()
  const findings: UnexplainedTerm[] = []
  const report = (finding: Omit<UnexplainedTerm, 'sentenceId'>, sentenceId: string, key: string) => {
    if (seen.has(finding.ruleId + ':' + key)) return
    seen.add(finding.ruleId + ':' + key)
    findings.push({...finding, sentenceId})
  }

  sentences.forEach((sentence, sentenceIndex) => {
    const words = wordsOf(sentence.node)
    const dateline = sentenceIndex === 0 ? datelineEnd(sentence.text) : 0
    const body = words.filter((word) => word.start >= dateline)
    const capitals = body.filter((word) => /\p{L}/u.test(word.text) && !/\p{Ll}/u.test(word.text)).length
    // A sentence mostly in capitals is shouting (or a heading), not a row of abbreviations.
    const shouting = capitals >= 3 && capitals / body.length > 0.5

    for (const word of words) {
      const covering = sentence.terms.find((term) => term.start < word.end && word.start < term.end)
      if (covering) {
        const entry = byId.get(covering.id)
        if (entry?.pronunciation || !/^\p{Lu}\p{Ll}/u.test(word.text)) continue
      }
      const atStart = word.index === 0
      const parts = word.text.split(/[-‐‑–—/]/u).filter((part) => part !== '')

      for (const part of parts) {
        const abbreviation = abbreviationIn(part)
        if (abbreviation !== undefined) {
          if (covering || shouting) continue
          if (sentenceIndex === 0 && datelineWords.has(abbreviation)) continue
          if (word.end <= dateline) continue
          report({ruleId: 'unexplained-abbreviation', text: abbreviation, start: word.start, end: word.end, node: word.node}, sentence.id, abbreviation)
          continue
        }
        const bare = part.replace(possessive, '')
        if (!/^\p{L}{3,}$/u.test(bare)) continue
        const lower = bare.toLowerCase()
        const capitalised = /^\p{Lu}/u.test(bare)
        const name = capitalised && (!atStart || !isKnownWord(lower))
        if (name) {
          if (!(covering && byId.get(covering.id)?.pronunciation) && !hasDictionaryPronunciation(lower) && !shouting) {
            report({ruleId: 'missing-pronunciation', text: bare, start: word.start, end: word.end, node: word.node}, sentence.id, bare)
          }
          continue
        }
        if (covering) continue
        if (isRareWord(lower)) {
          report({ruleId: 'rare-word', text: lower, start: word.start, end: word.end, node: word.node}, sentence.id, lower)
        }
      }
    }
  })

  return findings
}
