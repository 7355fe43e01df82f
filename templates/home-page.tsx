import {dateText} from './date-text.ts'
import {Layout} from './layout.tsx'

/** What the article list shows of one article. */
export interface ArticleSummary {
  readonly slug: string
  readonly title: string
  readonly date: string
  readonly lang: string
  readonly summary: string | undefined
  readonly readingMinutes: number
}

/** The home page: every article with its date and reading time. */
export function HomePage(props: {readonly articles: readonly ArticleSummary[]}) {
  return (
    <Layout title="News in plain language" lang="en" description="News articles in plain language, with a glossary and read aloud.">
      <h1>News in plain language</h1>
      <p>Each article comes with simpler versions, a glossary of hard words, and can be read aloud.</p>
      {props.articles.length === 0 ? (
        <p>There are no articles yet.</p>
      ) : (
        <ul class="article-list">
          {props.articles.map((article) => (
            <li lang={article.lang}>
              <h2>
                <a href={`/articles/${article.slug}`}>{article.title}</a>
              </h2>
              <p class="meta">
                <time datetime={article.date}>{dateText(article.date, article.lang)}</time>
                {' · '}
                {`${article.readingMinutes} min read`}
              </p>
              {article.summary ? <p>{article.summary}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}
