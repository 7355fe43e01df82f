import type {Child} from 'hono/jsx'

/**
 * What a view needs to show one sentence of any version (original, plain, easy).
 * Features add optional fields here (difficulty, glossary terms, spoken form, alignment).
 */
export interface ViewSentence {
  readonly id: string
  readonly text: string
}

/**
 * One sentence as an element addressable by its id (`id` and `data-sentence`), so scores,
 * glossary links, highlighting and reading aloud address sentences, not character guesses.
 *
 * Returns the sentence element; `children` replaces the plain text when given (e.g. with term links).
 */
export function SentenceSpan(props: {readonly sentence: ViewSentence; readonly children?: Child}) {
  const {sentence} = props
  return (
    <span class="sentence" id={sentence.id} data-sentence={sentence.id}>
      {props.children ?? sentence.text}
    </span>
  )
}
