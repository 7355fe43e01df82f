import type {GlossaryEntryView} from './level-text.ts'
import {xmlEscape} from './xml-escape.ts'

/** Media type of W3C Pronunciation Lexicon documents. */
export const plsType = 'application/pls+xml; charset=utf-8'

/**
 * A W3C Pronunciation Lexicon Specification 1.0 document of glossary pronunciations: one `<lexeme>`
 * per entry that has one, with the term and its aliases as `<grapheme>`s, then `<phoneme>` (IPA)
 * when known and `<alias>` (the say form a speech engine reads).
 *
 * Returns the XML text.
 */
export function pronunciationLexicon(entries: readonly GlossaryEntryView[], lang: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="${xmlEscape(lang)}">`
  ]
  const seen = new Set<string>()
  for (const entry of entries) {
    const {ipa, say} = entry.pronunciation ?? {}
    if ((!ipa && !say) || seen.has(entry.id)) continue
    seen.add(entry.id)
    const graphemes = [entry.term, ...(entry.aliases ?? [])].map((form) => `<grapheme>${xmlEscape(form)}</grapheme>`)
    const sounds = [ipa ? `<phoneme>${xmlEscape(ipa)}</phoneme>` : '', say ? `<alias>${xmlEscape(say)}</alias>` : '']
    lines.push(`  <lexeme>${graphemes.join('')}${sounds.join('')}</lexeme>`)
  }
  lines.push('</lexicon>', '')
  return lines.join('\n')
}
