import type {Report} from '../src/report/report.ts'
import {scoreText} from './number-text.ts'

/** How hard a sentence is, as the sentence element shows it. */
export interface SentenceDifficulty {
  readonly level: 'hard' | 'very-hard'
  /** The sentence’s own consensus grade. */
  readonly grade: number | null
}

/**
 * The difficulty of each sentence of a report (original, plain and easy), for `ViewSentence.difficulty`.
 *
 * Returns a lookup by sentence id: the difficulty of a hard or very hard sentence, else `undefined`.
 */
export function difficultyLookup(report: Pick<Report, 'sentences' | 'levelSentences'>): (id: string) => SentenceDifficulty | undefined {
  const byId = new Map<string, SentenceDifficulty>()
  for (const sentence of [...report.sentences, ...report.levelSentences.plain, ...report.levelSentences.easy]) {
    if (sentence.difficulty !== 'ok') byId.set(sentence.id, {level: sentence.difficulty, grade: sentence.grade})
  }
  return (id) => byId.get(id)
}

/**
 * The text mark after a hard sentence (“Hard, grade 13”), a link to its row in the sentence
 * table that says why. It shows only while “Mark hard sentences” is ticked (CSS, no script),
 * so screen readers hear it then and only then, once per hard sentence, in reading order.
 *
 * Returns the mark.
 */
export function DifficultyMark(props: {readonly sentenceId: string; readonly difficulty: SentenceDifficulty}) {
  const {difficulty} = props
  const label = difficulty.level === 'very-hard' ? 'Very hard' : 'Hard'
  return (
    <>
      {' '}
      <a class={`difficulty-mark ${difficulty.level}`} href={`#difficulty-${props.sentenceId}`}>
        {label}
        <span class="visually-hidden"> sentence</span>
        {`, grade ${scoreText(difficulty.grade)}`}
      </a>
    </>
  )
}
