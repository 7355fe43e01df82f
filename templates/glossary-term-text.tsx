import {firstUseId, type ViewTerm} from './glossary-first-uses.ts'

/**
 * A sentence's text with its glossary terms as links to their entries (`#term-…`). Each link
 * has the id the entry's back-link returns to. (Abbreviations are spelled out in the simpler
 * versions' own text, by `src/simplify/expand-abbreviations.ts`; the original is shown as written.)
 *
 * Returns the text and links; overlapping or out-of-range terms are left as text.
 */
export function TermText(props: {readonly text: string; readonly terms: readonly ViewTerm[]}) {
  const {text} = props
  const terms = [...props.terms].sort((a, b) => a.start - b.start)
  const pieces = []
  let at = 0
  for (const term of terms) {
    if (term.start < at || term.end > text.length || term.end <= term.start) continue
    if (term.start > at) pieces.push(text.slice(at, term.start))
    pieces.push(
      <a class="term" id={term.first ? firstUseId(term.id) : undefined} href={`#${term.id}`}>
        {text.slice(term.start, term.end)}
      </a>
    )
    at = term.end
  }
  if (at < text.length) pieces.push(text.slice(at))
  return <>{pieces}</>
}
