import type {Report} from '../report/report.ts'
import {plainSummary} from './atom-feed.ts'

/** CSS selectors of the parts of an article page that `speakable` points at: the title and the summary. */
export const speakableSelectors = ['#article-title', '#article-summary'] as const

/**
 * schema.org `NewsArticle` for an article page: headline, dates, language, dateline, summary,
 * word count, and `speakable` (cssSelector) pointing at the title and the summary, which the
 * page renders with those ids. URLs are relative: JSON-LD resolves them against the page
 * (its base IRI), so the same bytes serve any host and the static export.
 *
 * Returns the JSON-LD object.
 */
export function newsArticleJsonLd(report: Report): Record<string, unknown> {
  const pageUrl = `/articles/${report.slug}`
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: report.title,
    description: plainSummary(report),
    inLanguage: report.lang,
    ...(report.date ? {datePublished: report.date} : {}),
    ...(report.dateline ? {dateline: report.dateline} : {}),
    ...(report.source ? {isBasedOn: report.source} : {}),
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    wordCount: report.wordCount,
    isAccessibleForFree: true,
    accessMode: ['textual', 'auditory'],
    accessibilityFeature: ['readingOrder', 'structuralNavigation', 'highContrastDisplay', 'displayTransformability'],
    encoding: [
      {'@type': 'MediaObject', encodingFormat: 'text/plain', contentUrl: `${pageUrl}.txt`},
      {'@type': 'MediaObject', encodingFormat: 'text/markdown', contentUrl: `${pageUrl}.md`},
      {'@type': 'MediaObject', encodingFormat: 'application/ssml+xml', contentUrl: `${pageUrl}/speech.ssml`}
    ],
    // The summary paragraph is on the page only when the article has a summary.
    speakable: {
      '@type': 'SpeakableSpecification',
      cssSelector: speakableSelectors.filter((selector) => report.summary || selector !== '#article-summary')
    }
  }
}

/**
 * Serialise JSON for an HTML `<script type="application/ld+json">` data block: `<`, `>`, `&` and
 * the line separators are written as `\u` escapes, so no text in it can close the element or
 * start markup. (A data block is never executed, so `script-src 'self'` does not apply to it.)
 *
 * Returns the JSON text, safe as the raw content of the element.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
