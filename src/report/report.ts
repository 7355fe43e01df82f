import type {ReportGlossaryEntry, ReportUnknownTerm} from '../glossary/glossary-report.ts'
import type {TermMatch} from '../glossary/match-terms.ts'
import type {ReadabilityReport} from '../readability/readability-report.ts'
import type {Levels} from '../simplify/level.ts'
import type {SpeechScript} from '../speech/speech-script.ts'

/** A sentence as the views and the API see it. */
export interface ReportSentence {
  readonly id: string
  readonly text: string
  /** Glossary terms in `text` (UTF-16 offsets), in text order. */
  readonly terms?: readonly TermMatch[]
}

/** A paragraph of the original text. */
export interface ReportParagraph {
  readonly id: string
  readonly sentences: readonly ReportSentence[]
}

/** A finding about the text, from a vfile message. */
export interface ReportMessage {
  readonly reason: string
  readonly source: string | undefined
  readonly ruleId: string | undefined
  readonly severity: 'error' | 'warning' | 'info'
  readonly line: number | undefined
  readonly column: number | undefined
}

/**
 * Everything the views and the API need about one text: plain data, no syntax trees.
 * Every number in it is finite or `null`.
 */
export interface Report extends ReadabilityReport {
  readonly slug: string
  readonly title: string
  readonly date: string | undefined
  readonly lang: string
  readonly dateline: string | undefined
  readonly source: string | undefined
  readonly summary: string | undefined
  readonly paragraphs: readonly ReportParagraph[]
  readonly wordCount: number
  readonly messages: readonly ReportMessage[]
  /** Glossary entries the text uses, in order of first use, with every occurrence. */
  readonly glossary: readonly ReportGlossaryEntry[]
  /** Abbreviations and rare words no glossary entry explains ("terms you may not know"). */
  readonly unknownTerms: readonly ReportUnknownTerm[]
  /** The plain and easy versions, sentence by sentence, aligned to the original (see `Level`). */
  readonly levels: Levels
  /** What the speech engine says for each shown sentence, per version (see `SpeechScript`). */
  readonly speech: SpeechScript
}
