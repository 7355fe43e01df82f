import type {Report} from '../src/report/report.ts'
import type {ViewSentence} from './sentence-span.tsx'

/**
 * Look up the spoken form of any shown sentence (original, plain or easy) in the report's
 * speech script, for `ViewSentence.say`.
 *
 * Returns a function from sentence id to its spoken form, or `undefined` when there is none.
 */
export function spokenForms(report: Pick<Report, 'speech'>): (sentenceId: string) => ViewSentence['say'] {
  const byId = new Map<string, NonNullable<ViewSentence['say']>>()
  for (const lines of [report.speech.original, report.speech.plain ?? [], report.speech.easy ?? []]) {
    for (const line of lines) if (line.say !== line.text) byId.set(line.sentenceId, {say: line.say, map: line.map})
  }
  return (sentenceId) => byId.get(sentenceId)
}
