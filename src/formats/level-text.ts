import type {Report} from '../report/report.ts'
import {levelNames, type ReadingLevel} from '../simplify/level.ts'

/** One version of an article: the original, or a plain-language level (`original`, `plain`, `easy`). */
export type LevelName = ReadingLevel

/** Labels for people, in reading order of the level links. */
export const levelLabels: Readonly<Record<LevelName, string>> = {
  original: 'Original',
  plain: 'Plain',
  easy: 'Easy'
}

/** A sentence of one version, as the formats need it. */
export interface LevelSentence {
  readonly id: string
  readonly text: string
  /** Glossary terms in `text` (UTF-16 offsets), when the report marks them. */
  readonly terms?: readonly SentenceTerm[] | undefined
}

/** A glossary term in a sentence: the entry's id and UTF-16 offsets into the sentence text. */
export interface SentenceTerm {
  readonly id: string
  readonly start: number
  readonly end: number
}

/** A paragraph of one version. */
export interface LevelParagraph {
  readonly id: string
  readonly sentences: readonly LevelSentence[]
}

/** The text of one version of a report. */
export interface LevelText {
  /** The version asked for. */
  readonly level: LevelName
  /** The version shown: `original` when the report has no such level (yet). */
  readonly shown: LevelName
  readonly paragraphs: readonly LevelParagraph[]
  /** Every sentence, in order. */
  readonly sentences: readonly LevelSentence[]
  /** Readability scores of this version, when the report has them (shape owned by the readability stage). */
  readonly scores: unknown
}

/** A glossary entry, as the formats read it from a report. */
export interface GlossaryEntryView {
  readonly id: string
  readonly term: string
  /** Other ways a text names the same thing. */
  readonly aliases?: readonly string[] | undefined
  readonly expansion?: string | null | undefined
  readonly definition: string
  readonly example?: string | null | undefined
  /** Where the term occurs in the original text. */
  readonly occurrences?: readonly {readonly sentenceId: string; readonly start: number; readonly end: number}[] | undefined
  readonly pronunciation?:
    | {
        readonly respelling?: string | null | undefined
        readonly say?: string | null | undefined
        /** IPA transcription, when the glossary has one (SSML `<phoneme>`, PLS `<phoneme>`). */
        readonly ipa?: string | null | undefined
      }
    | null
    | undefined
}

/** A level as reports carry it (`report.levels.plain`): paragraphs hold sentences or sentence ids. */
interface ReportLevel {
  readonly paragraphs: readonly {
    readonly id: string
    readonly sentences: readonly (string | LevelSentence)[]
  }[]
  readonly sentences?: readonly LevelSentence[] | undefined
  readonly scores?: unknown
  /** The easy version's opening summary. */
  readonly whatHappened?: {readonly text: string} | undefined
}

/** The parts of a report other stages add (levels, glossary, scores); all optional here. */
interface ReportExtras {
  readonly levels?: {readonly plain?: ReportLevel | undefined; readonly easy?: ReportLevel | undefined} | undefined
  readonly glossary?: readonly GlossaryEntryView[] | undefined
  readonly scores?: unknown
}

/** Whether `value` names a level. */
export function isLevelName(value: string): value is LevelName {
  return (levelNames as readonly string[]).includes(value)
}

/** The levels a report offers: `original` always, `plain` and `easy` once the report has them. */
export function availableLevels(report: Report): LevelName[] {
  const extras: Report & ReportExtras = report
  return levelNames.filter((name) => name === 'original' || extras.levels?.[name] !== undefined)
}

/** The level a page shows when none is asked for: `plain` when the report has it, else `original`. */
export function defaultLevel(report: Report): LevelName {
  return availableLevels(report).includes('plain') ? 'plain' : 'original'
}

/**
 * The text of one version of a report.
 *
 * Returns the level's paragraphs and sentences; the original text when the report has no such level.
 */
export function levelText(report: Report, level: LevelName): LevelText {
  const extras: Report & ReportExtras = report
  const found = level === 'original' ? undefined : extras.levels?.[level]
  if (!found) {
    const terms = new Map<string, SentenceTerm[]>()
    for (const entry of extras.glossary ?? []) {
      for (const {sentenceId, start, end} of entry.occurrences ?? []) {
        terms.set(sentenceId, [...(terms.get(sentenceId) ?? []), {id: entry.id, start, end}])
      }
    }
    const paragraphs = report.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      sentences: paragraph.sentences.map(({id, text}) => ({id, text, terms: terms.get(id) ?? []}))
    }))
    return {
      level,
      shown: 'original',
      paragraphs,
      sentences: paragraphs.flatMap((paragraph) => paragraph.sentences),
      scores: extras.scores
    }
  }
  const byId = new Map((found.sentences ?? []).map((sentence) => [sentence.id, sentence]))
  const paragraphs = found.paragraphs.map((paragraph) => ({
    id: paragraph.id,
    sentences: paragraph.sentences.flatMap((sentence) => {
      const resolved = typeof sentence === 'string' ? byId.get(sentence) : sentence
      return resolved ? [{id: resolved.id, text: resolved.text, terms: resolved.terms}] : []
    })
  }))
  return {
    level,
    shown: level,
    paragraphs,
    sentences: paragraphs.flatMap((paragraph) => paragraph.sentences),
    scores: found.scores
  }
}

/** The glossary of a report, or an empty list before the glossary stage exists. */
export function glossaryOf(report: Report): readonly GlossaryEntryView[] {
  const extras: Report & ReportExtras = report
  return extras.glossary ?? []
}

/** Headline scores of a version: grade and reading ease, when present. */
export interface HeadlineScores {
  readonly grade: number | null
  readonly readingEase: number | null
}

/**
 * Pick the grade (consensus, else Flesch–Kincaid) and the Flesch reading ease from a scores object
 * (`{consensusGrade, …}` or `{scores: {consensusGrade, …}}`).
 *
 * Returns finite numbers or `null`.
 */
export function headlineScores(scores: unknown): HeadlineScores {
  const inner = field(scores, 'scores')
  const source = typeof inner === 'object' && inner !== null ? inner : scores
  const grade = finite(field(source, 'consensusGrade')) ?? finite(field(source, 'fleschKincaidGrade'))
  return {grade, readingEase: finite(field(source, 'fleschReadingEase'))}
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** The easy version's opening summary (“What happened”), when the report has one. */
export function easySummary(report: Report): string | undefined {
  const extras: Report & ReportExtras = report
  const text = extras.levels?.easy?.whatHappened?.text.trim()
  return text ? text : undefined
}
