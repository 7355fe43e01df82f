import type {ReportGlossaryEntry} from '../src/glossary/glossary-report.ts'
import {firstUseId} from './glossary-first-uses.ts'

/** Returns what the "Hear this" button says: the term (its spoken form if it has one), its expansion, then its definition. */
export function hearText(entry: ReportGlossaryEntry): string {
  const name = entry.pronunciation?.say ?? entry.term
  return [name, entry.expansion, entry.definition].filter((part) => part !== null && part !== '').join('. ')
}

/**
 * The glossary of the page: a `<dl>` of the terms the text uses, each `<dfn>` with its
 * expansion, plain definition, example, how to say it, a "Hear this" button (hidden until the
 * read-aloud script finds speech), and a link back to where the shown version first uses it.
 * Works without JavaScript: term links jump here, back-links jump back.
 *
 * Returns the section, or nothing when the text uses no glossary term.
 */
export function GlossarySection(props: {
  readonly glossary: readonly ReportGlossaryEntry[]
  /** Entry ids the shown version links (their first use has the back-link target). */
  readonly used: ReadonlySet<string>
  /**
   * Address of an original sentence, for entries the shown version does not use (such as `?level=original#s3`);
   * without it (a pasted text has no page of its own) no such link is shown.
   */
  readonly originalHref?: ((sentenceId: string) => string) | undefined
}) {
  const {glossary, used} = props
  if (glossary.length === 0) return null
  return (
    <section class="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">Words explained</h2>
      <p class="glossary-intro">
        Words in the text that link here are explained below. After reading, use “Back to the text” to return to where
        you were.
      </p>
      <dl class="glossary-list">
        {glossary.map((entry) => {
          const first = entry.occurrences[0]
          return (
            <div class="glossary-entry" id={entry.id}>
              <dt>
                <dfn>{entry.term}</dfn>
                {entry.expansion ? <span class="glossary-expansion">{` (${entry.expansion})`}</span> : null}
              </dt>
              <dd>
                <p class="glossary-definition">{entry.definition}</p>
                {entry.aliases?.length ? (
                  <p class="glossary-aliases">
                    <span class="glossary-label">Also called: </span>
                    {entry.aliases.join(', ')}
                  </p>
                ) : null}
                {entry.example ? (
                  <p class="glossary-example">
                    <span class="glossary-label">Example: </span>
                    {entry.example}
                  </p>
                ) : null}
                {entry.pronunciation ? (
                  <p class="glossary-pronunciation">
                    <span class="glossary-label">Say it: </span>
                    {entry.pronunciation.respelling}
                  </p>
                ) : null}
                <p class="glossary-actions">
                  <button type="button" class="hear" data-hear={hearText(entry)} hidden>
                    Hear this<span class="visually-hidden">{`: ${entry.term}`}</span>
                  </button>
                  {used.has(entry.id) ? (
                    <a class="back-link" href={`#${firstUseId(entry.id)}`}>
                      Back to the text<span class="visually-hidden">{`, where “${entry.term}” is first used`}</span>
                    </a>
                  ) : first && props.originalHref ? (
                    <a class="back-link" href={props.originalHref(first.sentenceId)}>
                      Where the original article uses it<span class="visually-hidden">{`: “${entry.term}”`}</span>
                    </a>
                  ) : null}
                </p>
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
