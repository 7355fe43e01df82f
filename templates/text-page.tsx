import {raw} from 'hono/html'
import {glossaryOf, headlineScores, levelLabels, type LevelName, type LevelText} from '../src/formats/level-text.ts'
import type {Report} from '../src/report/report.ts'
import {dateText} from './date-text.ts'
import {siteName} from './layout.tsx'

/**
 * The only CSS of text-only pages, inline and allowed by its hash (`style-src 'sha256-…'`):
 * a readable measure, comfortable line height, and 7:1 contrast in the light and dark schemes.
 * Kept well under 1 KB so reading preferences can add theirs. Contains no `<`.
 */
export const textPageCss =
  'body{max-width:40em;margin:0 auto;padding:0 1em;line-height:1.6;font-family:system-ui,sans-serif}' +
  'dt{font-weight:bold}dd{margin:0 0 .5em 1em}' +
  '@media(prefers-color-scheme:dark){body{background:#111;color:#eee}a{color:#9cf}a:visited{color:#dbf}}'

/** Props of {@link TextPage}. */
export interface TextPageProps {
  readonly report: Report
  /** The version shown (see `levelText`). */
  readonly text: LevelText
  /** The levels there are links to, in order. */
  readonly levels: readonly LevelName[]
  /** The inline CSS, exactly as hashed for the page's CSP. */
  readonly css: string
}

/** The URL of the text-only page of an article at a level. */
export function textPageHref(slug: string, level: LevelName): string {
  return `/articles/${slug}/text?level=${level}`
}

/**
 * The text-only page of an article (like text.npr.org, lighter): one request, no script, no
 * stylesheet, no images, no fonts; title → dateline and date → level links → the text → glossary →
 * scores in one line. Every internal link stays text-only. Sentences are plain text in paragraphs
 * (no per-sentence markup), so the page is barely larger than its text.
 *
 * Returns the whole HTML document.
 */
export function TextPage(props: TextPageProps) {
  const {report, text, css} = props
  const glossary = glossaryOf(report)
  const {grade, readingEase} = headlineScores(text.scores)
  const words = text.sentences.reduce((sum, sentence) => sum + (sentence.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0)
  const scores = [
    grade === null ? undefined : `Grade ${grade.toFixed(1)}`,
    readingEase === null ? undefined : `reading ease ${Math.round(readingEase)} of 100`,
    `${words} words`,
    `${Math.max(1, Math.ceil(words / 238))} min read`
  ].filter(Boolean)
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={report.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${report.title} (text only) – ${siteName}`}</title>
          {/* Our own constant CSS, never article text: JSX would escape it, and the hash must match. */}
          <style>{raw(css)}</style>
        </head>
        <body>
          <header>
            <a href="/text">{siteName}</a> · text only
          </header>
          <main>
            <h1>{report.title}</h1>
            <p>
              {report.dateline ? `${report.dateline} · ` : null}
              {report.date ? <time datetime={report.date}>{dateText(report.date, report.lang)}</time> : null}
            </p>
            {props.levels.length > 1 ? (
              <nav aria-label="Reading level">
                Level:{' '}
                {props.levels.map((level, index) => (
                  <>
                    {index > 0 ? ' · ' : null}
                    {level === text.shown ? (
                      <strong aria-current="page">{levelLabels[level]}</strong>
                    ) : (
                      <a href={textPageHref(report.slug, level)}>{levelLabels[level]}</a>
                    )}
                  </>
                ))}
              </nav>
            ) : null}
            {text.paragraphs.map((paragraph) => (
              <p>{paragraph.sentences.map((sentence) => sentence.text).join(' ')}</p>
            ))}
            {glossary.length > 0 ? (
              <>
                <h2>Words to know</h2>
                <dl>
                  {glossary.map((entry) => (
                    <>
                      <dt id={entry.id}>
                        {entry.term}
                        {entry.expansion ? ` (${entry.expansion})` : null}
                      </dt>
                      <dd>
                        {entry.pronunciation?.respelling ? `Say: ${entry.pronunciation.respelling}. ` : null}
                        {entry.definition}
                        {entry.example ? ` Example: ${entry.example}` : null}
                      </dd>
                    </>
                  ))}
                </dl>
              </>
            ) : null}
            <p>{scores.join(' · ')}</p>
          </main>
          <footer>
            <a href="/text">All articles</a> · <a href={`/articles/${report.slug}.txt?level=${text.shown}`}>Plain text</a> ·{' '}
            <a href={`/articles/${report.slug}.md?level=${text.shown}`}>Markdown</a>
          </footer>
        </body>
      </html>
    </>
  )
}

/** One article in the text-only list. */
export interface TextListItem {
  readonly slug: string
  readonly title: string
  readonly date: string | undefined
  readonly lang: string
  readonly summary: string
}

/**
 * The text-only list of articles (`/text`): titles linking to their text-only pages, dates and
 * plain summaries.
 *
 * Returns the whole HTML document.
 */
export function TextListPage(props: {readonly articles: readonly TextListItem[]; readonly css: string}) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`News in plain language (text only) – ${siteName}`}</title>
          <style>{raw(props.css)}</style>
        </head>
        <body>
          <header>{siteName} · text only</header>
          <main>
            <h1>News in plain language</h1>
            {props.articles.length === 0 ? <p>There are no articles yet.</p> : null}
            {props.articles.map((article) => (
              <section lang={article.lang}>
                <h2>
                  <a href={`/articles/${article.slug}/text`}>{article.title}</a>
                </h2>
                {article.date ? (
                  <p>
                    <time datetime={article.date}>{dateText(article.date, article.lang)}</time>
                  </p>
                ) : null}
                <p>{article.summary}</p>
              </section>
            ))}
          </main>
          <footer>
            <a href="/feed.xml">Atom feed</a>
          </footer>
        </body>
      </html>
    </>
  )
}
