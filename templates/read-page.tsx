import type {ReadFieldError, ReadFormValues} from '../src/read/read-form.ts'
import type {Report} from '../src/report/report.ts'
import {levelNames, type ReadingLevel} from '../src/simplify/level.ts'
import {ArticlePage} from './article-page.tsx'
import {Layout} from './layout.tsx'
import {levelLabels} from './level-switch.tsx'
import {ReadForm} from './read-form.tsx'

/** Props of {@link ReadPage}. */
export interface ReadPageProps {
  readonly values: ReadFormValues
  readonly errors: readonly ReadFieldError[]
  readonly maxFileBytes: number
}

/**
 * The `/read` page: the form to read your own article, with any errors and the reader's input.
 *
 * Returns the whole page.
 */
export function ReadPage(props: ReadPageProps) {
  const title = props.errors.length > 0 ? 'Error: Read your own article' : 'Read your own article'
  return (
    <Layout title={title} lang="en" description="Paste or upload a news article to read it in plain language, with a glossary, and to hear it read aloud.">
      <h1>Read your own article</h1>
      <p>
        Paste a news article, or upload it as a file. You get the same page as for our articles: plain and easy
        versions, readability scores, a glossary of hard words, and reading aloud.
      </p>
      <ReadForm values={props.values} errors={props.errors} maxFileBytes={props.maxFileBytes} />
    </Layout>
  )
}

/**
 * The level switch of a result page: a form that posts the article's text again with another
 * version, since nothing is stored to link to. The current version is marked `aria-pressed`.
 *
 * Returns the form.
 */
export function ReadLevelSwitch(props: {readonly title: string; readonly markdown: string; readonly level: ReadingLevel; readonly compare: boolean}) {
  return (
    <form class="level-switch read-level-switch" method="post" action="/read" aria-labelledby="level-switch-label">
      <p id="level-switch-label" class="level-switch-label">
        Reading level
      </p>
      <input type="hidden" name="title" value={props.title} />
      <input type="hidden" name="text" value={props.markdown} />
      <input type="hidden" name="format" value="markdown" />
      <input type="hidden" name="level" value={props.level} />
      <ul class="inline-list">
        {levelNames.map((name) => (
          <li>
            <button type="submit" name="show" value={name} aria-pressed={name === props.level && !props.compare ? 'true' : 'false'}>
              {levelLabels[name]}
            </button>
          </li>
        ))}
        {props.level === 'original' ? null : (
          <li>
            <button type="submit" name="show" value="compare" aria-pressed={props.compare ? 'true' : 'false'}>
              {`Compare ${levelLabels[props.level].toLowerCase()} with the original`}
            </button>
          </li>
        )}
      </ul>
      <p class="level-note">Each button sends your text again to show another version; nothing is stored.</p>
    </form>
  )
}

/** Props of {@link ReadResultPage}. */
export interface ReadResultPageProps {
  readonly report: Report
  /** The article's body as analysed, sent again by the level switch. */
  readonly markdown: string
  readonly values: ReadFormValues
  readonly maxFileBytes: number
}

/**
 * The result of `/read`: the same companion page as a shipped article (levels, scores,
 * glossary, reading aloud), then the form with the reader's input, to edit and read again.
 *
 * Returns the whole page.
 */
export function ReadResultPage(props: ReadResultPageProps) {
  const {report, values} = props
  const compare = values.compare && values.level !== 'original'
  return (
    <ArticlePage
      report={report}
      standalone
      level={values.level}
      compare={compare}
      levelSwitch={<ReadLevelSwitch title={report.title} markdown={props.markdown} level={values.level} compare={compare} />}
    >
      <section class="read-again" aria-labelledby="read-again-title">
        <h2 id="read-again-title">Read it again, or read another article</h2>
        <p>
          This page was made from the text you sent. It is not stored: to see it again later, keep your text.
        </p>
        <details>
          <summary>Show the form with your text</summary>
          <ReadForm values={values} errors={[]} maxFileBytes={props.maxFileBytes} idPrefix="again" />
        </details>
      </section>
    </ArticlePage>
  )
}
