import type {SentenceReadability} from '../src/readability/readability-report.ts'
import {gradeForAge} from '../src/readability/sentence-difficulty.ts'
import {scoreText} from './number-text.ts'

/** Words for each difficulty, as the table and the marks say them. */
export const difficultyWords = {ok: 'Fine', hard: 'Hard', 'very-hard': 'Very hard'} as const

const width = 600
const height = 160
const top = 10
const left = 28
const bottom = 20
/** Grades above this are drawn at the top of the chart (the table has the real value). */
const maxGrade = 20

/** The y coordinate of a grade. */
function y(grade: number): number {
  const clamped = Math.min(maxGrade, Math.max(0, grade))
  return top + (height - top - bottom) * (1 - clamped / maxGrade)
}

/**
 * A small inline SVG bar chart of the grade of every sentence through the text, with the
 * target grade as a line, and a table of the same data as its text alternative (`version` names the
 * version the sentences are from). Colours
 * come from classes in the stylesheet (no inline styles: CSP); bars above the line are hard.
 *
 * Returns the chart's figure, or nothing for a text without sentences.
 */
export function DifficultyChart(props: {
  readonly sentences: readonly SentenceReadability[]
  readonly targetAge: number
  /** The version shown, as the caption names it, such as “the plain version”. */
  readonly version: string
}) {
  const {sentences, targetAge} = props
  if (sentences.length === 0) return null
  const target = gradeForAge(targetAge)
  const step = (width - left) / sentences.length
  const gap = step > 4 ? 1 : 0
  const hard = sentences.filter((sentence) => sentence.hard).length
  let hardest: SentenceReadability | undefined
  for (const sentence of sentences) {
    if (sentence.grade !== null && (hardest?.grade ?? Number.NEGATIVE_INFINITY) < sentence.grade) hardest = sentence
  }
  const summary =
    `Grade of each of the ${sentences.length} sentences, in reading order, against the target grade ${target}: ` +
    `${hard} above it` +
    (hardest ? `; the hardest is sentence ${sentences.indexOf(hardest) + 1}, grade ${scoreText(hardest.grade)}.` : '.')

  return (
    <figure class="difficulty-chart" aria-labelledby="difficulty-chart-caption">
      <figcaption id="difficulty-chart-caption">{`Sentence difficulty through ${props.version}`}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="difficulty-chart-title"
        focusable="false"
        preserveAspectRatio="none"
      >
        <title id="difficulty-chart-title">{summary}</title>
        {[0, 5, 10, 15, 20].map((grade) => (
          <>
            <line class="chart-grid" x1={String(left)} x2={String(width)} y1={String(y(grade))} y2={String(y(grade))} />
            <text class="chart-axis" x={String(left - 4)} y={String(y(grade) + 4)} text-anchor="end">
              {String(grade)}
            </text>
          </>
        ))}
        {sentences.map((sentence, index) => {
          const grade = sentence.grade ?? 0
          return (
            <rect
              class={`chart-bar ${sentence.difficulty}`}
              x={String(left + index * step + gap / 2)}
              y={String(y(grade))}
              width={String(Math.max(0.5, step - gap))}
              height={String(Math.max(0, y(0) - y(grade)))}
            />
          )
        })}
        <line class="chart-target" x1={String(left)} x2={String(width)} y1={String(y(target))} y2={String(y(target))} />
        <text class="chart-axis" x={String(width - 4)} y={String(y(target) - 4)} text-anchor="end">
          {`target: grade ${target}`}
        </text>
      </svg>
      <details class="difficulty-table">
        <summary>Sentence grades as a table</summary>
        <table>
          <caption class="visually-hidden">Grade and difficulty of each sentence</caption>
          <thead>
            <tr>
              <th scope="col">Sentence</th>
              <th scope="col">Words</th>
              <th scope="col">Grade</th>
              <th scope="col">Difficulty</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {sentences.map((sentence, index) => (
              <tr id={`difficulty-${sentence.id}`}>
                <th scope="row">
                  <a href={`#${sentence.id}`}>{`Sentence ${index + 1}`}</a>
                </th>
                <td>{String(sentence.words)}</td>
                <td>{scoreText(sentence.grade)}</td>
                <td>{difficultyWords[sentence.difficulty]}</td>
                <td>{sentence.reasons.map((reason) => reason.text).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
