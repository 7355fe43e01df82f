import type {ReportParagraph} from '../src/report/report.ts'
import type {EasyLevel, KeyNumber, Level, LevelSentence} from '../src/simplify/level.ts'
import {SentenceSpan, type ViewSentence} from './sentence-span.tsx'

/** Level sentences that say again the same original sentences, shown with one "What changed?". */
export interface SentenceGroup {
  readonly from: readonly string[]
  readonly sentences: readonly LevelSentence[]
}

/** Split a paragraph's sentences into runs that come from the same original sentences. */
export function sentenceGroups(sentences: readonly LevelSentence[]): SentenceGroup[] {
  const groups: {from: readonly string[]; sentences: LevelSentence[]}[] = []
  for (const sentence of sentences) {
    const last = groups.at(-1)
    if (last && last.from.join(' ') === sentence.from.join(' ')) last.sentences.push(sentence)
    else groups.push({from: sentence.from, sentences: [sentence]})
  }
  return groups
}

/** The number of an original sentence id (`s7` → 7), for labels. */
function sentenceNumber(id: string): string {
  return id.replace(/^s/, '')
}

/**
 * "What changed?" for a group of level sentences: a `<details>` (no script needed) with each
 * original sentence verbatim, the rules applied in plain words, and a link to the sentence in the
 * original article for readers who navigate by links.
 */
function WhatChanged(props: {
  readonly originalHref: ((sentenceId: string) => string) | undefined
  readonly group: SentenceGroup
  readonly originals: ReadonlyMap<string, string>
}) {
  const {originalHref, group, originals} = props
  const reasons = [...new Set(group.sentences.flatMap((sentence) => sentence.rules.map((rule) => rule.reason)))]
  const label = group.from.length === 1 ? `sentence ${sentenceNumber(group.from[0] ?? '')}` : `sentences ${group.from.map(sentenceNumber).join(' and ')}`
  return (
    <details class="what-changed">
      <summary>
        What changed?<span class="visually-hidden">{` (${label})`}</span>
      </summary>
      {group.from.map((id) => (
        <p class="original-sentence">
          <span class="original-label">Original: </span>
          {originals.get(id) ?? ''}
        </p>
      ))}
      {reasons.length > 0 ? (
        <ul class="change-list">
          {reasons.map((reason) => (
            <li>{reason}</li>
          ))}
        </ul>
      ) : null}
      {originalHref ? (
        <p>
          {group.from.map((id, index) => (
            <>
              {index > 0 ? ' · ' : null}
              <a href={originalHref(id)}>{`Sentence ${sentenceNumber(id)} in the original article`}</a>
            </>
          ))}
        </p>
      ) : null}
    </details>
  )
}

/** Key numbers given by the same sentence, listed together. */
function keyNumberGroups(items: readonly KeyNumber[]): KeyNumber[][] {
  const groups: KeyNumber[][] = []
  for (const item of items) {
    const group = groups.find((candidate) => candidate[0]?.sentence === item.sentence)
    if (group) group.push(item)
    else groups.push([item])
  }
  return groups
}

/** The sentence of one or more key numbers, each number in bold, and a link to the sentence in the text. */
function KeyNumberItem(props: {readonly items: readonly KeyNumber[]}) {
  const items = [...props.items].sort((a, b) => a.start - b.start)
  const first = items[0]
  if (!first) return null
  const parts = []
  let at = 0
  for (const item of items) {
    if (item.start < at) continue
    parts.push(first.sentence.slice(at, item.start), <strong>{first.sentence.slice(item.start, item.end)}</strong>)
    at = item.end
  }
  parts.push(first.sentence.slice(at))
  return (
    <li>
      {parts}
      {first.levelSentenceId ? (
        <>
          {' '}
          <a href={`#${first.levelSentenceId}`} class="key-number-link">
            In the text<span class="visually-hidden">{`: ${items.map((item) => item.text).join(', ')}`}</span>
          </a>
        </>
      ) : null}
    </li>
  )
}

/** Whether a version is the easy one (it has a summary and key numbers). */
function isEasy(level: Level | EasyLevel): level is EasyLevel {
  return 'whatHappened' in level
}

/**
 * The body of a plain or easy version: (easy only) "What happened" and "Key numbers", then every
 * paragraph, sentence by sentence, each rewritten sentence group followed by its "What changed?".
 * Every original sentence stays on the page, verbatim, in a sentence or a disclosure.
 *
 * Returns the body; `view` turns a level sentence into what `SentenceSpan` shows (spoken form, terms).
 */
export function LevelBody(props: {
  /** Address of an original sentence; without it (a pasted text has no page of its own) no link is shown. */
  readonly originalHref?: ((sentenceId: string) => string) | undefined
  readonly level: Level | EasyLevel
  readonly original: readonly ReportParagraph[]
  readonly view?: ((sentence: LevelSentence) => ViewSentence) | undefined
}) {
  const {originalHref, level, original} = props
  const originals = new Map(original.flatMap((paragraph) => paragraph.sentences).map((sentence) => [sentence.id, sentence.text]))
  const view = props.view ?? ((sentence: LevelSentence): ViewSentence => sentence)
  return (
    <div class={`article-body level-body level-${level.name}`}>
      {isEasy(level) && level.whatHappened.text !== '' ? (
        <section class="what-happened" aria-labelledby="what-happened">
          <h2 id="what-happened">What happened</h2>
          <p>{level.whatHappened.text}</p>
        </section>
      ) : null}
      {isEasy(level) && level.keyNumbers.length > 0 ? (
        <section class="key-numbers" aria-labelledby="key-numbers">
          <h2 id="key-numbers">Key numbers</h2>
          <ul>
            {keyNumberGroups(level.keyNumbers).map((items) => (
              <KeyNumberItem items={items} />
            ))}
          </ul>
        </section>
      ) : null}
      {isEasy(level) ? <h2 id="the-story">The story</h2> : null}
      {level.paragraphs.map((paragraph) => (
        <div class="level-paragraph" id={paragraph.id}>
          {sentenceGroups(paragraph.sentences).map((group) => {
            const before = group.from.map((id) => originals.get(id) ?? '').join(' ')
            const after = group.sentences.map((sentence) => sentence.text).join(' ')
            const changed = before !== after || group.sentences.some((sentence) => sentence.rules.length > 0)
            return (
              <div class="sentence-group">
                <p>
                  {group.sentences.map((sentence, index) => (
                    <>
                      {index > 0 ? ' ' : null}
                      <SentenceSpan sentence={view(sentence)} />
                    </>
                  ))}
                </p>
                {changed ? <WhatChanged originalHref={originalHref} group={group} originals={originals} /> : null}
              </div>
            )
          })}
        </div>
      ))}
    </div>
  )
}
