import type {Child} from 'hono/jsx'
import {DifficultyMark, type SentenceDifficulty} from './difficulty-mark.tsx'
import type {ViewTerm} from './glossary-first-uses.ts'
import {TermText} from './glossary-term-text.tsx'

/**
 * What a view needs to show one sentence of any version (original, plain, easy).
 * Features add optional fields here (difficulty, glossary terms, spoken form, alignment).
 */
export interface ViewSentence {
  readonly id: string
  readonly text: string
  /** Spoken form for the read-aloud player (`SpeechLine`), given only where it differs from `text`. */
  readonly say?: {readonly say: string; readonly map: readonly number[]} | undefined
  /** How hard the sentence is for the target reader, given only for hard and very hard sentences. */
  readonly difficulty?: SentenceDifficulty | undefined
  /** Glossary terms to link in this sentence: only first uses in the shown version (`firstUses`). */
  readonly links?: readonly ViewTerm[] | undefined
}

/**
 * One sentence as an element addressable by its id (`id` and `data-sentence`), so scores,
 * glossary links, highlighting and reading aloud address sentences, not character guesses.
 *
 * Returns the sentence element (and after a hard sentence its difficulty mark); `children` replaces
 * the plain text when given (e.g. with term links).
 */
export function SentenceSpan(props: {readonly sentence: ViewSentence; readonly children?: Child}) {
  const {sentence} = props
  return (
    <>
      <span
        class={sentence.difficulty ? `sentence ${sentence.difficulty.level}` : 'sentence'}
        id={sentence.id}
        data-sentence={sentence.id}
        data-say={sentence.say && sentence.say.say !== sentence.text ? sentence.say.say : undefined}
        data-say-map={sentence.say && sentence.say.say !== sentence.text ? sentence.say.map.join(',') : undefined}
      >
        {props.children ?? (sentence.links?.length ? <TermText text={sentence.text} terms={sentence.links} /> : sentence.text)}
      </span>
      {sentence.difficulty ? <DifficultyMark sentenceId={sentence.id} difficulty={sentence.difficulty} /> : null}
    </>
  )
}
