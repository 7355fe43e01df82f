import {dateText} from '../../templates/date-text.ts'
import type {Report} from '../report/report.ts'
import {glossaryOf, levelLabels, levelText, type LevelName} from './level-text.ts'

/** Media type of the plain-text format. */
export const plainTextType = 'text/plain; charset=utf-8'

/**
 * One version of an article as plain text: title, dateline and date, the level, the paragraphs
 * (one per line, a blank line between), then the glossary. No markup of any kind.
 *
 * Returns the text, ending with a newline.
 */
export function plainText(report: Report, level: LevelName): string {
  const text = levelText(report, level)
  const lines = [report.title, metaLine(report), `Level: ${levelLabels[text.shown]}`, '']
  for (const paragraph of text.paragraphs) {
    lines.push(paragraph.sentences.map((sentence) => sentence.text).join(' '), '')
  }
  const glossary = glossaryOf(report)
  if (glossary.length > 0) {
    lines.push('Words to know', '')
    for (const entry of glossary) {
      const said = entry.pronunciation?.respelling ? ` (say: ${entry.pronunciation.respelling})` : ''
      const expansion = entry.expansion ? `, ${entry.expansion}` : ''
      lines.push(`- ${entry.term}${expansion}${said}: ${entry.definition}${entry.example ? ` Example: ${entry.example}` : ''}`)
    }
    lines.push('')
  }
  if (report.source) lines.push(`Source: ${report.source}`, '')
  return lines.join('\n')
}

/**
 * The line under the title: dateline and date, such as `Moscow · 6 January 2022`.
 *
 * Returns the line; empty when the report has neither.
 */
export function metaLine(report: Report): string {
  return [report.dateline, report.date ? dateText(report.date, report.lang) : undefined].filter(Boolean).join(' · ')
}
