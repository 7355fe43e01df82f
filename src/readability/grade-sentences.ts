import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import sentenceModel, {sentenceNodes} from '../pipeline/sentence-model.ts'
import {countWords, namesOf, sentenceWords} from './count-words.ts'
import {scoresFromCounts} from './formulas.ts'
import type {SentenceReadability} from './readability-report.ts'
import {difficultyOf, difficultyReasons} from './sentence-difficulty.ts'

const parser = new ParseEnglish()
const splitSentences = sentenceModel()

/**
 * Grade sentences given as text (the plain and easy versions) the way the `readability`
 * plugin grades the original: consensus grade, difficulty for `targetAge`, reasons.
 * A text that parses as more than one sentence is graded as those sentences together.
 *
 * Returns one entry per input, in order; `flagged` is always `false` (only the original
 * goes through `retext-readability`). `graded` remembers the sentences graded for this age
 * (pass the same map for the plain and the easy version: they share many sentences).
 */
export function gradeSentences(
  sentences: readonly {readonly id: string; readonly text: string}[],
  targetAge: number,
  graded: Map<string, Omit<SentenceReadability, 'id'>> = new Map()
): SentenceReadability[] {
  return sentences.map(({id, text}) => {
    const known = graded.get(text)
    if (known) return {id, ...known, reasons: [...known.reasons]}
    const entry = gradeOne(text, targetAge)
    graded.set(text, entry)
    return {id, ...entry}
  })
}

/** Grade one sentence given as text (see `gradeSentences`). */
function gradeOne(text: string, targetAge: number): Omit<SentenceReadability, 'id'> {
  const tree = parser.parse(text)
  splitSentences(tree, new VFile())
  const nodes = sentenceNodes(tree)
  const names = namesOf(nodes)
  const words = nodes.map((node) => sentenceWords(node, names))
  const counts = countWords(words)
  const grade = scoresFromCounts(counts).consensusGrade
  const difficulty = difficultyOf(grade, targetAge)
  const hard = difficulty !== 'ok'
  return {text, words: counts.words, grade, hard, difficulty, reasons: hard ? difficultyReasons(words.flat()) : [], flagged: false}
}
