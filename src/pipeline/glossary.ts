import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {findUnexplainedTerms, type UnexplainedTerm} from '../glossary/find-unexplained.ts'
import {glossaryReport, type ReportGlossaryEntry, type ReportUnknownTerm} from '../glossary/glossary-report.ts'
import {matchTerms, type TermMatch} from '../glossary/match-terms.ts'
import {sentenceNodes} from './sentence-model.ts'

declare module 'vfile' {
  interface DataMap {
    /** Entries the text uses, with their occurrences in the original text, set by `glossary`. */
    glossary: ReportGlossaryEntry[]
    /** Glossary terms of each original sentence (`s1`, …), by sentence id, set by `glossary`. */
    glossaryTerms: Record<string, TermMatch[]>
    /** Abbreviations and rare words the glossary does not explain, set by `glossary`. */
    unknownTerms: ReportUnknownTerm[]
  }
}

declare module 'unist' {
  interface Data {
    /** Glossary terms of a sentence node, set by `glossary`. */
    terms?: TermMatch[] | undefined
  }
}

/** The `source` of every glossary message. */
export const glossarySource = 'plainread-glossary'

function reasonOf(finding: UnexplainedTerm): string {
  switch (finding.ruleId) {
    case 'unexplained-abbreviation':
      return `Unexpected abbreviation \`${finding.text}\` with no glossary entry: add one with its expansion and a plain definition, or write it out`
    case 'rare-word':
      return `Unexpected rare word \`${finding.text}\` with no glossary entry: use a more common word, or add an entry with a plain definition`
    case 'missing-pronunciation':
      return `Unexpected name \`${finding.text}\` with no pronunciation: a speech engine may say it wrong; add an entry with \`pronunciation: {respelling, say}\``
  }
}

/**
 * The glossary stage: find every glossary entry (from `file.data.input.glossary`) in each
 * sentence of the tree, and the words no entry explains.
 *
 * Stores the entries used with their occurrences on `file.data.glossary`, each sentence's
 * terms on `file.data.glossaryTerms` (and on the sentence node's `data.terms`), and the
 * unexplained abbreviations and rare words on `file.data.unknownTerms`. Findings are also
 * vfile messages (`source: 'plainread-glossary'`): `unexplained-abbreviation` (error),
 * `rare-word` (warning), `missing-pronunciation` (info). No definition is ever invented.
 *
 * @returns Transform.
 */
export default function glossary() {
  return function (tree: Root, file: VFile): undefined {
    const entries = file.data.input?.glossary ?? []
    const sentences = sentenceNodes(tree).map((node) => {
      const id = node.data?.id ?? ''
      const text = toString(node).trim()
      const terms = entries.length > 0 ? matchTerms(text, entries) : []
      node.data = {...node.data, terms}
      return {id, text, node, terms}
    })

    file.data.glossaryTerms = Object.fromEntries(sentences.map((sentence) => [sentence.id, sentence.terms]))
    file.data.glossary = glossaryReport(entries, sentences)

    const findings = findUnexplainedTerms(sentences, {entries, dateline: file.data.input?.dateline})
    const unknown: ReportUnknownTerm[] = []
    for (const finding of findings) {
      const options = {place: finding.node.position, source: glossarySource, ruleId: finding.ruleId}
      const message = finding.ruleId === 'missing-pronunciation' ? file.info(reasonOf(finding), options) : file.message(reasonOf(finding), options)
      message.actual = finding.text
      if (finding.ruleId === 'unexplained-abbreviation') message.fatal = true
      if (finding.ruleId !== 'missing-pronunciation') {
        unknown.push({text: finding.text, ruleId: finding.ruleId, sentenceId: finding.sentenceId})
      }
    }
    file.data.unknownTerms = unknown
  }
}
