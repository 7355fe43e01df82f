import type {Node, Parent, Root, Sentence, Word} from 'nlcst'
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import {toString} from 'nlcst-to-string'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllable} from 'syllable'
import type {VFile} from 'vfile'

/** Options for `readabilityVote`, as `retext-readability` takes them. */
export interface ReadabilityVoteOptions {
  /** Reader age the sentences are for (default 16). */
  readonly age?: number | undefined
  /** Share of the 7 formulas that must find a sentence too hard (default 4/7). */
  readonly threshold?: number | undefined
  /** Sentences with fewer words get no vote (default 5). */
  readonly minWords?: number | undefined
}

const daleChallWords = new Set(daleChall)
const spacheWords = new Set(spache)

/** Per word as written: the `syllable` package's count and the lists it is on; bounded. */
const knownWords = new Map<string, {syllables: number; caseless: string; daleChall: boolean; spache: boolean}>()

/** Words remembered in `knownWords` before it starts over (bounds the memory). */
const maxKnownWords = 50_000

function known(value: string): {syllables: number; caseless: string; daleChall: boolean; spache: boolean} {
  let facts = knownWords.get(value)
  if (facts === undefined) {
    const caseless = value.toLowerCase()
    facts = {syllables: syllable(value), caseless, daleChall: daleChallWords.has(caseless), spache: spacheWords.has(caseless)}
    if (knownWords.size >= maxKnownWords) knownWords.clear()
    knownWords.set(value, facts)
  }
  return facts
}

/**
 * `retext-readability`'s vote (version 8.0.0), message for message: each sentence of 5 or
 * more words is scored by 7 formulas, and when at least 4 of 7 put it above the reader's age
 * a message says so (`source: 'retext-readability'`, `ruleId: 'readability'`). The same
 * counts, formulas (the wooorm packages) and word lists; only faster: the lists are sets, not
 * arrays scanned for every word, and each word's syllables are counted once.
 *
 * @returns Transform.
 */
export default function readabilityVote(options: Readonly<ReadabilityVoteOptions> = {}) {
  const age = options.age || 16
  const threshold = options.threshold || 4 / 7
  const minWords = typeof options.minWords === 'number' ? options.minWords : 5

  return function (tree: Root, file: VFile): undefined {
    eachSentence(tree, undefined, function (sentence, parent) {
      const familiarWords = new Set<string>()
      const easyWord = new Set<string>()
      let complexPolysillabicWord = 0
      let easyWordCount = 0
      let familiarWordCount = 0
      let letters = 0
      let polysillabicWord = 0
      let totalSyllables = 0
      let wordCount = 0

      eachWord(sentence, function (node) {
        const value = toString(node)
        const {syllables, caseless, daleChall: onDaleChall, spache: onSpache} = known(value)
        wordCount++
        totalSyllables += syllables
        letters += value.length
        // Gunning's complex words: 3+ syllables and not capitalised (the package's simple check).
        if (syllables >= 3) {
          polysillabicWord++
          if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++
        }
        // Distinct familiar words, for Spache and Dale–Chall.
        if (onSpache && !familiarWords.has(caseless)) {
          familiarWords.add(caseless)
          familiarWordCount++
        }
        if (onDaleChall && !easyWord.has(caseless)) {
          easyWord.add(caseless)
          easyWordCount++
        }
      })

      if (wordCount >= minWords) {
        const counts = {
          character: letters,
          complexPolysillabicWord,
          difficultWord: wordCount - easyWordCount,
          letter: letters,
          polysillabicWord,
          sentence: 1,
          syllable: totalSyllables,
          unfamiliarWord: wordCount - familiarWordCount,
          word: wordCount
        }
        const scores = [
          gradeToAge(automatedReadability(counts)),
          gradeToAge(colemanLiau(counts)),
          gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
          fleschToAge(flesch(counts)),
          gradeToAge(gunningFog(counts)),
          smogToAge(smogFormula(counts)),
          gradeToAge(spacheFormula(counts))
        ]
        let nok = 0
        for (const score of scores) if (score > age) nok++
        const confidence = nok / scores.length
        if (confidence >= threshold) {
          const message = file.message(
            'Unexpected hard to read sentence, according to ' +
              (nok < scores.length ? nok + ' out of ' : 'all ') +
              scores.length +
              ' algorithms',
            {
              ancestors: parent ? [parent, sentence] : [sentence],
              place: sentence.position,
              ruleId: 'readability',
              source: 'retext-readability'
            }
          )
          message.actual = toString(sentence)
          message.expected = []
          message.url = 'https://github.com/retextjs/retext-readability#readme'
        }
      }
    })
  }
}

/** Call `visit` for each sentence node, in order, with its parent (as `unist-util-visit` would, skipping inside sentences). */
function eachSentence(node: Node, parent: Parent | undefined, visit: (sentence: Sentence, parent: Parent | undefined) => void): void {
  if (node.type === 'SentenceNode') visit(node as Sentence, parent)
  else if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) eachSentence(child, node as Parent, visit)
}

/** Call `visit` for each word node inside `node`, in order (as `unist-util-visit` would). */
function eachWord(node: Node, visit: (word: Word) => void): void {
  if (node.type === 'WordNode') visit(node as Word)
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) eachWord(child, visit)
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5)
}

function fleschToAge(value: number): number {
  return 20 - Math.floor(value / 10)
}

function smogToAge(value: number): number {
  return Math.ceil(Math.sqrt(value) + 2.5)
}
