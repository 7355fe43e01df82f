import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {countWords, namesOf, sentenceWords} from '../readability/count-words.ts'
import {explainScores} from '../readability/explain-scores.ts'
import {scoresFromCounts} from '../readability/formulas.ts'
import {listeningWordsPerMinute, minutesFor, readingWordsPerMinute} from '../readability/reading-time.ts'
import type {SentenceReadability} from '../readability/readability-report.ts'
import {difficultyOf, difficultyReasons, gradeForAge} from '../readability/sentence-difficulty.ts'
import readabilityVote from '../readability/readability-vote.ts'
import {maxWordLength} from '../readability/syllables.ts'
import {sentenceNodes} from './sentence-model.ts'

/** Options for the `readability` plugin. */
export interface ReadabilityOptions {
  /**
   * Reader age that hard sentences are marked for. Default: `file.data.input.targetAge`,
   * else 14 (WCAG 3.1.5: lower secondary education).
   */
  readonly targetAge?: number | undefined
}

/** The reader age hard sentences are marked for when nothing else is said (WCAG 3.1.5). */
export const defaultTargetAge = 14

/**
 * Score the text and every sentence, mark hard sentences, and store the result on
 * `file.data.readability`.
 *
 * Counts come from the nlcst tree (syllables: CMU dictionary first); scores from the wooorm
 * formula packages. A sentence is hard when its own consensus grade is above the target
 * grade (age − 5) and very hard from 5 grades above; each hard sentence gets a vfile message
 * (`source: 'plainread'`, `ruleId: 'hard-sentence'` or `'very-hard-sentence'`) saying why.
 * `retext-readability`'s vote is taken as well (`readabilityVote`, the same messages faster;
 * `source: 'retext-readability'`, kept as
 * information: its SMOG vote can never fire and its Dale–Chall vote fires on most sentences).
 *
 * @returns Transform.
 */
export default function readability(options: Readonly<ReadabilityOptions> = {}) {
  return function (tree: Root, file: VFile): undefined {
    const targetAge = options.targetAge ?? file.data.input?.targetAge ?? defaultTargetAge
    const nodes = sentenceNodes(tree)
    const names = namesOf(nodes)
    const words = nodes.map((node) => sentenceWords(node, names))

    const before = file.messages.length
    // retext-readability counts syllables with time growing with the square of a word's length:
    // sentences holding a word longer than any real word (a pasted URL, junk) are left out of its vote.
    const voted = nodes.filter((node, index) => (words[index] ?? []).every((word) => word.text.length <= maxWordLength))
    readabilityVote({age: targetAge})({type: 'RootNode', children: [{type: 'ParagraphNode', children: voted}]}, file)
    const flagged = new Set<number>()
    for (const message of file.messages.slice(before)) {
      message.fatal = undefined
      if (message.place && 'start' in message.place) flagged.add(message.place.start.offset ?? -1)
    }

    const sentences: SentenceReadability[] = nodes.map((node, index) => {
      const own = words[index] ?? []
      const counts = countWords([own])
      const grade = scoresFromCounts(counts).consensusGrade
      const difficulty = difficultyOf(grade, targetAge)
      const hard = difficulty !== 'ok'
      const text = toString(node).trim()
      const reasons = hard ? difficultyReasons(own) : []
      if (hard && grade !== null) {
        const why = reasons.length > 0 ? reasons.map((reason) => reason.text).join('; ') : 'many syllables for its length'
        const message = file.message(
          `Unexpected ${difficulty === 'very-hard' ? 'very hard' : 'hard'} sentence (grade ${grade.toFixed(1)}; for age ${targetAge} aim for grade ${gradeForAge(targetAge)} or below): ${why}; split it or use shorter, more familiar words`,
          {
            ancestors: [tree, node],
            place: node.position,
            ruleId: difficulty === 'very-hard' ? 'very-hard-sentence' : 'hard-sentence',
            source: 'plainread'
          }
        )
        message.actual = text
        message.expected = []
      }
      return {
        id: node.data?.id ?? `s${index + 1}`,
        text,
        words: counts.words,
        grade,
        hard,
        difficulty,
        reasons,
        flagged: flagged.has(node.position?.start.offset ?? -2)
      }
    })

    const counts = countWords(words)
    const scores = scoresFromCounts(counts)
    file.data.readability = {
      targetAge,
      counts,
      scores,
      scoresWithoutNames: scoresFromCounts(countWords(words, {ignoreProperNames: true})),
      hardWordShare: counts.words === 0 ? null : counts.unfamiliarWords / counts.words,
      readingMinutes: minutesFor(counts.words, readingWordsPerMinute),
      listeningMinutes: minutesFor(counts.words, listeningWordsPerMinute),
      explanation: explainScores(counts, scores, targetAge),
      sentences
    }
  }
}
