import type {Child} from 'hono/jsx'
import type {Report} from '../src/report/report.ts'
import type {ReadingLevel} from '../src/simplify/level.ts'
import {CompareView} from './compare-view.tsx'
import {difficultyLookup} from './difficulty-mark.tsx'
import {dateText} from './date-text.ts'
import {FormatLinks} from './format-links.tsx'
import {firstUses} from './glossary-first-uses.ts'
import {GlossarySection} from './glossary-section.tsx'
import {UnknownTerms} from './glossary-unknown-terms.tsx'
import {Layout} from './layout.tsx'
import {NewsArticleJsonLd} from './news-article-json-ld.tsx'
import {LevelBody} from './level-body.tsx'
import {LevelSwitch, levelHref} from './level-switch.tsx'
import {Player} from './player.tsx'
import {ScoresPanel} from './scores-panel.tsx'
import {SentenceSpan} from './sentence-span.tsx'
import {textPageHref} from './text-page.tsx'
import {spokenForms} from './spoken-form.ts'

/**
 * The article page: the text, sentence by sentence, each sentence addressable by its id.
 * `level` picks the version (default `plain`); `compare` shows it beside the original.
 */
export function ArticlePage(props: {
  readonly report: Report
  readonly level?: ReadingLevel | undefined
  readonly compare?: boolean | undefined
  /** Replaces the level switch (a pasted article on `/read` switches by posting its text again). */
  readonly levelSwitch?: Child
  /** Shown after the article (the form to read another article, on `/read`). */
  readonly children?: Child
  /**
   * The text has no address of its own (a pasted article on `/read`): links to its other
   * versions and formats, and its structured data, are left out.
   */
  readonly standalone?: boolean | undefined
}) {
  const {report} = props
  const level = props.level ?? 'plain'
  const shown = level === 'original' ? undefined : report.levels[level]
  const say = spokenForms(report)
  const difficulty = difficultyLookup(report)
  const originalHref = props.standalone ? undefined : (id: string) => `${levelHref(report.slug, 'original')}#${id}`
  const links = firstUses(report.glossary, shown?.sentences ?? report.paragraphs.flatMap((paragraph) => paragraph.sentences))
  return (
    <Layout
      title={report.title}
      lang={report.lang}
      description={report.summary}
      scripts={['/assets/reader.js', '/assets/glossary.js']}
      head={
        props.standalone ? undefined : (
          <>
            <NewsArticleJsonLd report={report} />
            <FormatLinks slug={report.slug} level={level} />
          </>
        )
      }
      textHref={props.standalone ? undefined : textPageHref(report.slug, level)}
    >
      <article aria-labelledby="article-title">
        <h1 id="article-title">{report.title}</h1>
        <p class="meta">
          {report.dateline ? <span class="dateline">{report.dateline}</span> : null}
          {report.dateline && report.date ? ' · ' : null}
          {report.date ? <time datetime={report.date}>{dateText(report.date, report.lang)}</time> : null}
          {' · '}
          {`${report.readingMinutes} min read`}
        </p>
        {report.summary ? (
          <p id="article-summary" class="summary">
            {report.summary}
          </p>
        ) : null}
        {/* Slot: level switch (plain-language issue) and "Text only" link (text-mode issue). */}
        {props.levelSwitch ?? <LevelSwitch slug={report.slug} level={level} compare={props.compare === true && shown !== undefined} shown={shown} />}
        <Player />
        <ScoresPanel report={report} level={level} />
        {shown === undefined ? (
        <div class="article-body">
          {report.paragraphs.map((paragraph) => (
            <p id={paragraph.id}>
              {paragraph.sentences.map((sentence, index) => (
                <>
                  {index > 0 ? ' ' : null}
                  <SentenceSpan sentence={{...sentence, say: say(sentence.id), difficulty: difficulty(sentence.id), links: links.termsOf(sentence.id)}} />
                </>
              ))}
            </p>
          ))}
        </div>
        ) : props.compare ? (
          <CompareView
            level={shown}
            original={report.paragraphs}
            view={(sentence) => ({...sentence, say: say(sentence.id), difficulty: difficulty(sentence.id), links: links.termsOf(sentence.id)})}
            // The scores panel grades the simpler version: original sentences get no mark that points into it.
            originalView={(sentence) => ({...sentence, say: say(sentence.id), links: links.termsOf(sentence.id)})}
          />
        ) : (
          <LevelBody originalHref={originalHref} level={shown} original={report.paragraphs} view={(sentence) => ({...sentence, say: say(sentence.id), difficulty: difficulty(sentence.id), links: links.termsOf(sentence.id)})} />
        )}
        <GlossarySection glossary={report.glossary} used={links.used} originalHref={originalHref} />
        <UnknownTerms terms={report.unknownTerms} />
      </article>
      {props.children}
    </Layout>
  )
}
