import type {Report} from '../src/report/report.ts'
import {dateText} from './date-text.ts'
import {difficultyLookup} from './difficulty-mark.tsx'
import {Layout} from './layout.tsx'
import {ScoresPanel} from './scores-panel.tsx'
import {SentenceSpan} from './sentence-span.tsx'

/** The article page: the text, sentence by sentence, each sentence addressable by its id. */
export function ArticlePage(props: {readonly report: Report}) {
  const {report} = props
  const difficulty = difficultyLookup(report)
  return (
    <Layout title={report.title} lang={report.lang} description={report.summary}>
      <article aria-labelledby="article-title">
        <h1 id="article-title">{report.title}</h1>
        <p class="meta">
          {report.dateline ? <span class="dateline">{report.dateline}</span> : null}
          {report.dateline && report.date ? ' · ' : null}
          {report.date ? <time datetime={report.date}>{dateText(report.date, report.lang)}</time> : null}
          {' · '}
          {`${report.readingMinutes} min read`}
        </p>
        {/* Slot: level switch (plain-language issue) and "Text only" link (text-mode issue). */}
        {/* Slot: read-aloud player, rendered hidden (read-aloud issue). */}
        <ScoresPanel report={report} />
        <div class="article-body">
          {report.paragraphs.map((paragraph) => (
            <p id={paragraph.id}>
              {paragraph.sentences.map((sentence, index) => (
                <>
                  {index > 0 ? ' ' : null}
                  <SentenceSpan sentence={{...sentence, difficulty: difficulty(sentence.id)}} />
                </>
              ))}
            </p>
          ))}
        </div>
        {/* Slot: glossary (glossary issue). */}
      </article>
    </Layout>
  )
}
