import type {Report} from '../src/report/report.ts'

const kinds = {
  'unexplained-abbreviation': 'a short form (abbreviation) we have no explanation for',
  'rare-word': 'a rare word we have no explanation for'
} as const

/**
 * "Terms you may not know": the abbreviations and rare words of the text that no glossary entry
 * explains. No definition is invented; the reader is told so.
 *
 * Returns the section, or nothing when every term is explained.
 */
export function UnknownTerms(props: {readonly terms: Report['unknownTerms']}) {
  if (props.terms.length === 0) return null
  return (
    <section class="unknown-terms" aria-labelledby="unknown-terms-title">
      <h2 id="unknown-terms-title">Terms you may not know</h2>
      <p>These words are in the text, but we have no plain explanation for them yet, so we give none.</p>
      <ul>
        {props.terms.map((term) => (
          <li>
            <span class="unknown-term">{term.text}</span>
            {` – ${kinds[term.ruleId]}`}
          </li>
        ))}
      </ul>
    </section>
  )
}
