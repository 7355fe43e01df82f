import type {ReportParagraph, ReportSentence} from '../src/report/report.ts'
import type {Level, LevelSentence} from '../src/simplify/level.ts'
import {levelLabels} from './level-switch.tsx'
import {SentenceSpan, type ViewSentence} from './sentence-span.tsx'

/**
 * The original and a simpler version side by side: one table row per original sentence, the
 * version's sentences that say it again beside it, with the changes in plain words. The table
 * reflows to one column on narrow screens (each cell then shows its column's name).
 *
 * Returns the table; `view` turns a sentence into what `SentenceSpan` shows (spoken form, terms).
 */
export function CompareView(props: {
  readonly level: Level
  readonly original: readonly ReportParagraph[]
  /** How an original sentence is shown (default `view`). */
  readonly originalView?: ((sentence: ReportSentence) => ViewSentence) | undefined
  readonly view?: ((sentence: ViewSentence | LevelSentence) => ViewSentence) | undefined
}) {
  const {level, original} = props
  const view = props.view ?? ((sentence: ViewSentence): ViewSentence => sentence)
  const byOriginal = new Map<string, LevelSentence[]>()
  for (const sentence of level.sentences) {
    const first = sentence.from[0]
    if (first === undefined) continue
    byOriginal.set(first, [...(byOriginal.get(first) ?? []), sentence])
  }
  const name = levelLabels[level.name]
  return (
    <div class="article-body compare-wrap">
      <table class="compare">
        <caption>{`The original and the ${name.toLowerCase()} version, sentence by sentence`}</caption>
        <thead>
          <tr>
            <th scope="col">Original</th>
            <th scope="col">{name}</th>
          </tr>
        </thead>
        <tbody>
          {original.flatMap((paragraph) =>
            paragraph.sentences.map((sentence) => {
              const simpler = byOriginal.get(sentence.id) ?? []
              const reasons = [...new Set(simpler.flatMap((part) => part.rules.map((rule) => rule.reason)))]
              return (
                <tr>
                  <td data-label="Original">
                    <SentenceSpan sentence={(props.originalView ?? view)(sentence)} />
                  </td>
                  <td data-label={name}>
                    {simpler.length === 0 ? (
                      <p class="left-out">Left out of this version.</p>
                    ) : (
                      <p>
                        {simpler.map((part, index) => (
                          <>
                            {index > 0 ? ' ' : null}
                            <SentenceSpan sentence={view(part)} />
                          </>
                        ))}
                      </p>
                    )}
                    {reasons.length > 0 ? (
                      <ul class="change-list">
                        {reasons.map((reason) => (
                          <li>{reason}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              )
            })
          )}
        </tbody>
      </table>
    </div>
  )
}
