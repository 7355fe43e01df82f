import type {ReadabilityReport} from './readability-report.ts'

/** The formulas as the CLI lists them, in order. */
const rows: readonly [keyof ReadabilityReport['scores'], string][] = [
  ['consensusGrade', 'Consensus grade'],
  ['fleschReadingEase', 'Flesch Reading Ease'],
  ['fleschKincaidGrade', 'Flesch–Kincaid grade'],
  ['gunningFog', 'Gunning Fog'],
  ['smog', 'SMOG'],
  ['colemanLiau', 'Coleman–Liau'],
  ['automatedReadability', 'Automated Readability'],
  ['daleChall', 'Dale–Chall score'],
  ['daleChallGrade', 'Dale–Chall grade'],
  ['spache', 'Spache grade']
]

/** A value with one decimal, or `–` with the reason for `null`. */
function value(score: number | null): string {
  return score === null ? '– (no words to score)' : score.toFixed(1)
}

/**
 * The readability of a report as plain text for a terminal: what the scores mean in words,
 * the counts, each formula (with and without proper names), reading and listening time.
 *
 * Returns the lines, joined by newlines, ending with a newline.
 */
export function formatScores(report: Readonly<ReadabilityReport>): string {
  const {counts, explanation, scores, scoresWithoutNames} = report
  const hard = report.sentences.filter((sentence) => sentence.hard).length
  const width = Math.max(...rows.map(([, label]) => label.length))
  const lines = [
    `${explanation.audience} It reads ${explanation.comparison} (Flesch: ${explanation.ease}).`,
    `${explanation.target} ${hard} of ${report.sentences.length} sentences are above it.`,
    '',
    `Words ${counts.words} · sentences ${counts.sentences} · syllables ${counts.syllables} · ` +
      `3+ syllables ${counts.polysyllables} · complex ${counts.complexWords} · letters ${counts.letters} · ` +
      `unfamiliar (Dale–Chall) ${counts.unfamiliarWords} · proper names ${counts.properNames}`,
    `Reading ${report.readingMinutes} min · listening ${report.listeningMinutes} min`,
    '',
    `${'Score'.padEnd(width)}  ${'as written'.padStart(10)}  ${'names out'.padStart(10)}`,
    ...rows.map(
      ([key, label]) =>
        `${label.padEnd(width)}  ${value(scores[key]).padStart(10)}  ${value(scoresWithoutNames[key]).padStart(10)}`
    )
  ]
  return `${lines.join('\n')}\n`
}
