import type {Root} from 'nlcst'
import type {LevelOverrides} from '../content/load-level-overrides.ts'
import {VFile} from 'vfile'
import type {GlossaryEntry} from '../glossary/glossary-entry.ts'
import {processor} from '../pipeline/processor.ts'
import {sentenceNodes} from '../pipeline/sentence-model.ts'
import {levelsOf} from '../pipeline/simplify.ts'
import {readabilityOf} from '../readability/readability-of.ts'
import type {Report, ReportMessage} from './report.ts'

/** What is known about a text before it is analysed. */
export interface TextInput {
  readonly slug: string
  readonly title: string
  readonly date?: string | undefined
  readonly lang: string
  readonly dateline?: string | undefined
  readonly source?: string | undefined
  readonly summary?: string | undefined
  /** The Markdown (or plain) text to analyse. */
  readonly markdown: string
  /** Path shown in messages, such as `content/slug.md`. */
  readonly path?: string | undefined
  /** 1-based line of the file at which `markdown` starts, so message lines point into the file. */
  readonly startLine?: number | undefined
  /** Reader age that hard sentences are flagged for (default 14). */
  readonly targetAge?: number | undefined
  /**
   * Glossary entries to find in the text: the shared glossary plus the article's own
   * (`glossaryFor(content.glossary, slug)`); none when left out.
   */
  readonly glossary?: readonly GlossaryEntry[] | undefined
  /** Editors' hand-written versions (`content/<slug>.<level>.md`), used instead of the automatic ones. */
  readonly levelOverrides?: LevelOverrides | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** What is known about the text before analysis; plugins read options such as `targetAge` from it. */
    input: TextInput
  }
}

/** Silent reading speed of adults (Brysbaert 2019), words a minute. */
export const readingWordsPerMinute = 238

/**
 * Run `input.markdown` through the processor and build its report.
 *
 * Returns the report: plain data for views and JSON.
 */
export function analyze(input: Readonly<TextInput>): Report {
  const file = new VFile({value: input.markdown, path: input.path, data: {input}})
  const tree = processor.runSync(processor.parse(file), file) as Root
  const offset = (input.startLine ?? 1) - 1

  let wordCount = 0
  for (const sentence of sentenceNodes(tree)) {
    for (const node of sentence.children) if (node.type === 'WordNode') wordCount++
  }

  const messages: ReportMessage[] = file.messages.map((message) => ({
    reason: message.reason,
    source: message.source ?? undefined,
    ruleId: message.ruleId ?? undefined,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    line: message.line === undefined ? undefined : message.line + offset,
    column: message.column ?? undefined
  }))

  return {
    slug: input.slug,
    title: input.title,
    date: input.date,
    lang: input.lang,
    dateline: input.dateline,
    source: input.source,
    summary: input.summary,
    paragraphs: (file.data.paragraphs ?? []).map((paragraph) => ({
      id: paragraph.id,
      sentences: paragraph.sentences.map(({id, text}) => {
        const terms = file.data.glossaryTerms?.[id] ?? []
        return terms.length > 0 ? {id, text, terms} : {id, text}
      })
    })),
    glossary: file.data.glossary ?? [],
    unknownTerms: file.data.unknownTerms ?? [],
    wordCount,
    ...readabilityOf(file, input.targetAge),
    messages,
    speech: file.data.speech ?? {original: []},
    levels: levelsOf(file)
  }
}
