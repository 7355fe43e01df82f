import {isAbbreviationForm} from '../glossary/term-forms.ts'
import type {MatchableEntry, TermMatch} from '../glossary/match-terms.ts'
import {termId} from '../glossary/glossary-entry.ts'
import type {DraftParagraph, LevelDraft} from './build-level.ts'

/** The rule name the report and "What changed?" show for a spelled-out abbreviation. */
export const expandAbbreviationRule = 'expand-abbreviation'

/**
 * Spell out each glossary abbreviation the first time a version uses it (WCAG 3.1.4, technique G97):
 * `NATO` → `NATO (North Atlantic Treaty Organization)`, unless that sentence already spells it out.
 * The words become part of the version's own text, so the page, the API and every format say the same;
 * the original article is never touched.
 *
 * Returns the draft with the expansions added and the rule recorded on each sentence changed.
 */
export function expandAbbreviations(
  draft: LevelDraft,
  entries: readonly MatchableEntry[],
  match: (text: string) => readonly TermMatch[]
): LevelDraft {
  const byId = new Map(entries.map((entry) => [entry.id ?? termId(entry.term), entry]))
  const seen = new Set<string>()
  const paragraphs: DraftParagraph[] = draft.paragraphs.map((paragraph) => ({
    from: paragraph.from,
    sentences: paragraph.sentences.map((sentence) => {
      let text = sentence.text
      const added: string[] = []
      const matches = [...match(sentence.text)].sort((a, b) => a.start - b.start)
      const firsts = matches.filter((found) => {
        if (seen.has(found.id)) return false
        seen.add(found.id)
        return true
      })
      // Last match first, so earlier offsets stay right while inserting.
      for (const found of firsts.reverse()) {
        const entry = byId.get(found.id)
        const expansion = entry?.expansion
        if (!entry || !expansion) continue
        const written = text.slice(found.start, found.end)
        if (!isAbbreviationForm(written.replace(/s$/, ''))) continue
        if (text.toLowerCase().includes(expansion.toLowerCase())) continue
        text = `${text.slice(0, found.end)} (${expansion})${text.slice(found.end)}`
        added.unshift(written)
      }
      if (added.length === 0) return sentence
      return {
        ...sentence,
        text,
        rules: [
          ...sentence.rules,
          ...added.map((written) => ({rule: expandAbbreviationRule, reason: `Spelled out “${written}” the first time it is used.`}))
        ]
      }
    })
  }))
  return {...draft, paragraphs}
}
