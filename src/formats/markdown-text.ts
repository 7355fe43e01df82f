import type {Report} from '../report/report.ts'
import {glossaryOf, levelLabels, levelText, type LevelName} from './level-text.ts'
import {metaLine} from './plain-text.ts'

/** Media type of the Markdown format (RFC 7763). */
export const markdownType = 'text/markdown; charset=utf-8; variant=CommonMark'

/**
 * Escape text so CommonMark reads it as the same text: every character that could start inline
 * markup (emphasis, code, links, HTML, entities, autolinks) is backslash-escaped, and so is a
 * line start that would open a block (heading, quote, list, thematic break, setext underline).
 *
 * Returns the escaped text, on one line.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]{}<>()&!|~#]/g, '\\$&')
  // A block marker at the start of the line: `-`, `+`, `=`, `1.`, `1)` (`#` and `>` are escaped above).
  return inline.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * One version of an article as CommonMark, generated from the report (never the content file):
 * `# title`, the dateline and date, the level, the paragraphs, then `## Words to know` as a list.
 * All article text is escaped, so the Markdown renders as exactly the report's text.
 *
 * Returns the Markdown, ending with a newline.
 */
export function markdownText(report: Report, level: LevelName): string {
  const text = levelText(report, level)
  const meta = metaLine(report)
  const lines = [`# ${escapeMarkdown(report.title)}`, '']
  if (meta) lines.push(escapeMarkdown(meta), '')
  lines.push(`Level: ${levelLabels[text.shown]}`, '')
  for (const paragraph of text.paragraphs) {
    lines.push(escapeMarkdown(paragraph.sentences.map((sentence) => sentence.text).join(' ')), '')
  }
  const glossary = glossaryOf(report)
  if (glossary.length > 0) {
    lines.push('## Words to know', '')
    for (const entry of glossary) {
      const expansion = entry.expansion ? `, ${escapeMarkdown(entry.expansion)}` : ''
      const said = entry.pronunciation?.respelling ? ` (say: ${escapeMarkdown(entry.pronunciation.respelling)})` : ''
      const example = entry.example ? ` Example: ${escapeMarkdown(entry.example)}` : ''
      lines.push(`- **${escapeMarkdown(entry.term)}**${expansion}${said}: ${escapeMarkdown(entry.definition)}${example}`)
    }
    lines.push('')
  }
  if (report.source) lines.push(`Source: <${report.source.replace(/[<>\s]/g, encodeURIComponent)}>`, '')
  return lines.join('\n')
}
