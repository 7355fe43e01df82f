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
 * goes through `retext-readability`).
 */
export function gradeSentences(
  sentences: readonly {readonly id: string; readonly text: string}[],
  targetAge: number
): SentenceReadability[] {
  return sentences.map(({id, text}) => {
    const tree = parser.parse(text)
    splitSentences(tree, new VFile())
    const nodes = sentenceNodes(tree)
    const names = namesOf(nodes)
    const words = nodes.map((node) => sentenceWords(node, names))
    const counts = countWords(words)
    const grade = scoresFromCounts(counts).consensusGrade
    const difficulty = difficultyOf(grade, targetAge)
    const hard = difficulty !== 'ok'
    return {id, text, words: counts.words, grade, hard, difficulty, reasons: hard ? difficultyReasons(words.flat()) : [], flagged: false}
  })
}
