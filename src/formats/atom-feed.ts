import type {Report} from '../report/report.ts'
import {defaultLevel, easySummary, levelText} from './level-text.ts'
import {xmlEscape} from './xml-escape.ts'

/** Media type of Atom feeds (RFC 4287). */
export const atomType = 'application/atom+xml; charset=utf-8'

/** Options of {@link atomFeed}. */
export interface AtomFeedOptions {
  /** Absolute URL the feed is served from, such as `https://example.org/feed.xml`; links resolve against it. */
  readonly self: string
  /** Name of the site, the feed's title and author. */
  readonly siteName: string
}

/**
 * An Atom 1.0 feed of articles, newest first: each entry with its title, date, language, a link to
 * its page, and a plain summary (the article's own summary, else the first two sentences of its
 * plainest version).
 *
 * Returns the XML text.
 */
export function atomFeed(reports: readonly Report[], options: AtomFeedOptions): string {
  const self = new URL(options.self)
  const home = new URL('/', self).href
  const stamps = reports.map((report) => stamp(report.date)).filter((value): value is string => value !== undefined).sort()
  const updated = stamps.at(-1) ?? '1970-01-01T00:00:00Z'
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xmlEscape(options.siteName)}</title>`,
    `  <subtitle>News in plain language, to read or to listen to.</subtitle>`,
    `  <id>${xmlEscape(home)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self.href)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(home)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(options.siteName)}</name></author>`
  ]
  for (const report of reports) {
    const page = new URL(`/articles/${report.slug}`, self).href
    lines.push(
      `  <entry xml:lang="${xmlEscape(report.lang)}">`,
      `    <title>${xmlEscape(report.title)}</title>`,
      `    <id>${xmlEscape(page)}</id>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>`,
      `    <link rel="alternate" type="text/plain" href="${xmlEscape(new URL(`/articles/${report.slug}.txt`, self).href)}"/>`,
      `    <updated>${stamp(report.date) ?? updated}</updated>`,
      `    <summary type="text">${xmlEscape(plainSummary(report))}</summary>`,
      '  </entry>'
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}

/**
 * The summary a feed or a search engine gets: the article's own (plain) summary, else the easy
 * version's “What happened”, else the first two sentences of its default version.
 *
 * Returns the summary text.
 */
export function plainSummary(report: Report): string {
  if (report.summary) return report.summary
  const easy = easySummary(report)
  if (easy) return easy
  return levelText(report, defaultLevel(report))
    .sentences.slice(0, 2)
    .map((sentence) => sentence.text)
    .join(' ')
}

function stamp(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : undefined
}
