import type {Report} from '../report/report.ts'
import {glossaryOf, levelText, type GlossaryEntryView, type LevelName, type SentenceTerm} from './level-text.ts'
import {termSpans} from './term-spans.ts'
import {xmlEscape} from './xml-escape.ts'

/** Media type of SSML documents (RFC 4267). */
export const ssmlType = 'application/ssml+xml; charset=utf-8'

/**
 * An SSML 1.1 document of one version of an article, for server-side speech engines: the title and
 * each paragraph (`<p>`) and sentence (`<s>`), a `<mark name="<sentence id>"/>` before every
 * sentence so an engine reports where it is, and each glossary term said right: `<phoneme>` when
 * the glossary has IPA, else `<sub alias="<say form>">`.
 *
 * Returns the XML text.
 */
export function speechSsml(report: Report, level: LevelName): string {
  const text = levelText(report, level)
  const entries = glossaryOf(report).filter(hasPronunciation)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${xmlEscape(report.lang)}">`,
    `<p><s><mark name="title"/>${said(report.title, entries)}</s></p>`,
    '<break strength="strong"/>'
  ]
  for (const paragraph of text.paragraphs) {
    const sentences = paragraph.sentences.map(
      (sentence) => `<s><mark name="${xmlEscape(sentence.id)}"/>${said(sentence.text, entries, sentence.terms)}</s>`
    )
    lines.push(`<p>${sentences.join('')}</p>`)
  }
  lines.push('</speak>', '')
  return lines.join('\n')
}

function hasPronunciation(entry: GlossaryEntryView): boolean {
  return Boolean(entry.pronunciation?.ipa || entry.pronunciation?.say)
}

/**
 * Sentence text as SSML: escaped, with each glossary term wrapped in its pronunciation. Term
 * positions come from the report (`terms`, which knows inflected forms and aliases) when it has
 * them, else from matching the terms in the text.
 */
function said(text: string, entries: readonly GlossaryEntryView[], terms?: readonly SentenceTerm[]): string {
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const spans = terms
    ? terms.flatMap(({id, start, end}) => {
        const entry = byId.get(id)
        return entry && start >= 0 && end <= text.length && start < end ? [{entry, start, end}] : []
      }).sort((a, b) => a.start - b.start)
    : termSpans(text, entries)
  let result = ''
  let at = 0
  for (const span of spans) {
    if (span.start < at) continue
    const written = text.slice(span.start, span.end)
    result += xmlEscape(text.slice(at, span.start)) + pronounced(written, span.entry)
    at = span.end
  }
  return result + xmlEscape(text.slice(at))
}

function pronounced(written: string, entry: GlossaryEntryView): string {
  const ipa = entry.pronunciation?.ipa
  if (ipa) return `<phoneme alphabet="ipa" ph="${xmlEscape(ipa)}">${xmlEscape(written)}</phoneme>`
  return `<sub alias="${xmlEscape(entry.pronunciation?.say ?? written)}">${xmlEscape(written)}</sub>`
}
