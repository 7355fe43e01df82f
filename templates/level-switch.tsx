import {levelNames, type Level, type ReadingLevel} from '../src/simplify/level.ts'

/** What each version is called on the page. */
export const levelLabels: Readonly<Record<ReadingLevel, string>> = {
  original: 'Original',
  plain: 'Plain language',
  easy: 'Easy read'
}

/** What each version is, in one plain sentence. */
const levelNotes: Readonly<Record<ReadingLevel, string>> = {
  original: 'The article as it was published.',
  plain: 'Every fact of the article, in shorter sentences and common words.',
  easy: 'The main facts in short, simple sentences. It may leave details out.'
}

/** The address of a version of an article, optionally side by side with the original. */
export function levelHref(slug: string, level: ReadingLevel, compare = false): string {
  return `/articles/${slug}?level=${level}${compare ? '&view=compare' : ''}`
}

/**
 * The level switch: links to the original, plain and easy versions (no script needed), the current
 * one marked with `aria-current="page"`, a link to compare the version with the original, and a note
 * on what the version is — including, honestly, any target the version misses.
 *
 * Returns the navigation region.
 */
export function LevelSwitch(props: {
  readonly slug: string
  readonly level: ReadingLevel
  readonly compare: boolean
  /** The version shown, when it is plain or easy: its source and targets. */
  readonly shown?: Pick<Level, 'source' | 'targets'> | undefined
}) {
  const {slug, level, compare, shown} = props
  const missed = shown?.targets.filter((target) => !target.met) ?? []
  return (
    <nav class="level-switch" aria-labelledby="level-switch-label">
      <p id="level-switch-label" class="level-switch-label">
        Reading level
      </p>
      <ul class="inline-list">
        {levelNames.map((name) => (
          <li>
            <a href={levelHref(slug, name)} aria-current={name === level && !compare ? 'page' : undefined}>
              {levelLabels[name]}
            </a>
          </li>
        ))}
        {level === 'original' ? null : (
          <li>
            <a href={levelHref(slug, level, true)} aria-current={compare ? 'page' : undefined}>
              {`Compare ${levelLabels[level].toLowerCase()} with the original`}
            </a>
          </li>
        )}
      </ul>
      <p class="level-note">
        {levelNotes[level]}
        {shown?.source === 'editor' ? ' An editor wrote this version.' : null}
        {level === 'original'
          ? null
          : compare
            ? ' Each row shows a sentence of the original beside its new wording.'
            : ' Open “What changed?” under a sentence to read the original.'}
      </p>
      {missed.length > 0 ? (
        <div class="level-note level-missed">
          <p>This version is still harder than we aim for:</p>
          <ul>
            {missed.map((target) => (
              <li>{`${target.label}: it has ${target.actual ?? 'none'}.`}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </nav>
  )
}
