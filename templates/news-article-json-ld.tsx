import {raw} from 'hono/html'
import {jsonForScriptBlock, newsArticleJsonLd} from '../src/formats/news-article-json-ld.ts'
import type {Report} from '../src/report/report.ts'

/**
 * The article's schema.org `NewsArticle` as a JSON-LD data block for `<head>`.
 * A `type="application/ld+json"` block is data, never executed, so the page's
 * `script-src 'self'` is untouched; its text is serialised by `jsonForScriptBlock`, which
 * leaves no `<`, `>` or `&` in it, so article text cannot end the element.
 *
 * Returns the `<script type="application/ld+json">` element.
 */
export function NewsArticleJsonLd(props: {readonly report: Report}) {
  return <script type="application/ld+json">{raw(jsonForScriptBlock(newsArticleJsonLd(props.report)))}</script>
}
