import type {ReadabilityScores} from '../src/readability/formulas.ts'
import {audienceFor} from '../src/readability/explain-scores.ts'
import {gradeForAge, veryHardMargin} from '../src/readability/sentence-difficulty.ts'
import type {Report} from '../src/report/report.ts'
import type {ReadingLevel} from '../src/simplify/level.ts'
import {DifficultyChart} from './difficulty-chart.tsx'
import {scoreText} from './number-text.ts'

/** A version of the text whose scores the panel compares. */
interface Version {
  readonly id: 'original' | 'plain' | 'easy'
  readonly label: string
  readonly scores: ReadabilityScores
}

/** How the chart names the version it shows. */
const versionNames: Record<ReadingLevel, string> = {original: 'the original', plain: 'the plain version', easy: 'the easy version'}

/** The formulas one disclosure away, each with what its number means. */
const formulas: readonly {key: keyof ReadabilityScores; name: string; meaning: string}[] = [
  {key: 'consensusGrade', name: 'Consensus grade', meaning: 'US school grade: the middle value of the six grade formulas below'},
  {key: 'fleschReadingEase', name: 'Flesch Reading Ease', meaning: '0–100, higher is easier; 60–70 is plain English'},
  {key: 'fleschKincaidGrade', name: 'Flesch–Kincaid grade', meaning: 'US school grade, from words per sentence and syllables per word'},
  {key: 'gunningFog', name: 'Gunning Fog index', meaning: 'years of schooling, from sentence length and words of 3+ syllables'},
  {key: 'smog', name: 'SMOG grade', meaning: 'US school grade, from words of 3+ syllables'},
  {key: 'colemanLiau', name: 'Coleman–Liau index', meaning: 'US school grade, from letters per word and sentences'},
  {key: 'automatedReadability', name: 'Automated Readability Index', meaning: 'US school grade, from letters per word and words per sentence'},
  {key: 'daleChall', name: 'Dale–Chall score', meaning: 'below 5 is easy for 10-year-olds; 9–10 is university level'},
  {key: 'daleChallGrade', name: 'Dale–Chall grade', meaning: 'the school grade the Dale–Chall score stands for'},
  {key: 'spache', name: 'Spache grade', meaning: 'made for early readers (grades 1–4); shown, not counted in the consensus'}
]

/**
 * The scores panel: what the numbers mean in plain words (who can read the text, what it
 * reads like, the target), reading and listening time, a switch that marks hard sentences
 * in the text (works without JavaScript), the formula values one disclosure away, the
 * original and simpler versions side by side when they exist, and the sentence chart.
 *
 * Returns the panel's section.
 */
export function ScoresPanel(props: {readonly report: Report; readonly level?: ReadingLevel | undefined}) {
  const {report} = props
  const level = props.level ?? 'original'
  const graded = level === 'original' ? report.sentences : report.levelSentences[level]
  const {counts, explanation, scores} = report
  const hard = graded.filter((sentence) => sentence.hard).length
  const shownGrade = level === 'original' ? scores.consensusGrade : report.levels[level].scoresWithNames.consensusGrade
  const target = gradeForAge(report.targetAge)
  const versions: Version[] = [
    {id: 'original', label: 'Original', scores},
    {id: 'plain', label: 'Plain', scores: report.levels.plain.scoresWithNames},
    {id: 'easy', label: 'Easy', scores: report.levels.easy.scoresWithNames}
  ]
  return (
    <section class="scores-panel" aria-labelledby="scores-title">
      <h2 id="scores-title">How easy is this to read?</h2>
      {level === 'original' ? (
        <p class="scores-verdict">
          <strong>{explanation.audience}</strong> {`It reads ${explanation.comparison}.`}
        </p>
      ) : (
        <>
          <p class="scores-verdict">
            <strong>{audienceFor(shownGrade)}</strong> {`That is ${versionNames[level]}.`}
          </p>
          <p>{`The original: ${explanation.audience} It reads ${explanation.comparison}.`}</p>
        </>
      )}
      <p>
        {explanation.target}{' '}
        {shownGrade !== null && shownGrade <= target
          ? `${level === 'original' ? 'This text' : 'This version'} meets that: grade ${scoreText(shownGrade)}.`
          : `${level === 'original' ? 'This text' : 'This version'} is at grade ${scoreText(shownGrade)}: ${hard} of ${graded.length} sentences are hard.`}
      </p>
      {report.lang.toLowerCase().split('-')[0] === 'en' ? null : (
        <p class="scores-language">
          These formulas and word lists are made for English: for a text in another language, take the scores as a
          rough guide only.
        </p>
      )}
      <ul class="scores-facts">
        <li>{`${level === 'original' ? '' : 'The original: '}${counts.words} words in ${counts.sentences} sentences`}</li>
        <li>{`${report.readingMinutes} min to read, ${report.listeningMinutes} min to listen`}</li>
        <li>{explanation.hardWords}</li>
      </ul>
      {graded.length > 0 ? (
        <p class="difficulty-switch">
          <input type="checkbox" id="show-difficulty" aria-describedby="show-difficulty-help" />{' '}
          <label for="show-difficulty">Mark hard sentences in the text</label>
          <span id="show-difficulty-help" class="hint">
            {` Hard sentences (above grade ${gradeForAge(report.targetAge)}) get a “Hard” label, very hard ones (grade ${gradeForAge(report.targetAge) + veryHardMargin}+) a “Very hard” label.`}
          </span>
        </p>
      ) : null}
      <details class="scores-details">
        <summary>Formula scores and how they are worked out</summary>
        <table class="scores-table">
          <caption class="visually-hidden">Readability formula scores</caption>
          <thead>
            <tr>
              <th scope="col">Formula</th>
              {versions.map((version) => (
                <th scope="col">{version.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {formulas.map((formula) => (
              <tr>
                <th scope="row">
                  {formula.name}
                  <span class="formula-meaning">{formula.meaning}</span>
                </th>
                {versions.map((version) => (
                  <td class="number" data-version={version.id} data-score={formula.key}>
                    {scoreText(version.scores[formula.key])}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">
                Consensus grade, names left out
                <span class="formula-meaning">proper names do not make a text harder to understand (WCAG 3.1.5)</span>
              </th>
              <td class="number">{scoreText(report.scoresWithoutNames.consensusGrade)}</td>
              <td class="number">{scoreText(report.levels.plain.scores.consensusGrade)}</td>
              <td class="number">{scoreText(report.levels.easy.scores.consensusGrade)}</td>
            </tr>
          </tbody>
        </table>
        <ul class="scores-versions">
          {versions.map((version) => (
            <li>{`${version.label}: ${audienceFor(version.scores.consensusGrade)}`}</li>
          ))}
        </ul>
        <p>
          {`Counted: ${counts.syllables} syllables, ${counts.polysyllables} words of 3 or more syllables (${counts.complexWords} of them complex), ` +
            `${counts.letters} letters and digits, ${counts.unfamiliarWords} words outside the Dale–Chall list of familiar words, ` +
            `${counts.properNames} proper names. Syllables come from the CMU pronouncing dictionary; names and new words it lacks are estimated.`}
        </p>
      </details>
      <DifficultyChart sentences={graded} targetAge={report.targetAge} version={versionNames[level]} />
    </section>
  )
}
