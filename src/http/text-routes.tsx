import type {Context, Hono} from 'hono'
import {TextListPage, TextPage, textPageCss} from '../../templates/text-page.tsx'
import {siteName} from '../../templates/layout.tsx'
import {atomFeed, atomType, plainSummary} from '../formats/atom-feed.ts'
import {availableLevels, defaultLevel, glossaryOf, isLevelName, levelText, type LevelName} from '../formats/level-text.ts'
import {markdownText, markdownType} from '../formats/markdown-text.ts'
import {plainText, plainTextType} from '../formats/plain-text.ts'
import {plsType, pronunciationLexicon} from '../formats/pronunciation-lexicon.ts'
import {speechSsml, ssmlType} from '../formats/speech-ssml.ts'
import {inlinePreferencesCss} from '../preferences/preferences-css.ts'
import type {Report} from '../report/report.ts'

/** What the text routes read: reports by slug (computed once, cached by the app) and every slug, newest first. */
export interface TextRoutesOptions {
  readonly report: (slug: string) => Report | undefined
  readonly slugs: () => readonly string[]
}

/**
 * Register the low-bandwidth and open-format routes:
 * `/text`, `/articles/:slug/text`, `/articles/:slug.txt`, `/articles/:slug.md`,
 * `/articles/:slug/speech.ssml`, `/pronunciations.pls` and `/feed.xml`.
 * Every slug pattern is `[a-z0-9-]+` and the extensions are literal, so no route overlaps the
 * article page and no dot segment matches. `?level=original|plain|easy` picks the version
 * (default as on the article page); any other level is a 400.
 *
 * Returns nothing; the routes are added to `app`.
 */
export function textRoutes(app: Hono, options: TextRoutesOptions): void {
  const reports = (): Report[] => options.slugs().flatMap((slug) => options.report(slug) ?? [])

  app.get('/text', async (c) => {
    // Reading preferences (src/preferences) join the one inline style, inside its hash.
    const css = textPageCss + inlinePreferencesCss(c.get('preferences'))
    const html = (
      <TextListPage
        css={css}
        articles={reports().map((report) => ({
          slug: report.slug,
          title: report.title,
          date: report.date,
          lang: report.lang,
          summary: plainSummary(report)
        }))}
      />
    ).toString()
    return c.html(html, 200, {'Content-Security-Policy': await textPagePolicy(css)})
  })

  app.get('/articles/:slug{[a-z0-9-]+}/text', async (c) => {
    const found = options.report(c.req.param('slug'))
    if (!found) return c.notFound()
    const level = levelOf(c, found)
    if (!level) return badLevel(c)
    const css = textPageCss + inlinePreferencesCss(c.get('preferences'))
    const html = (
      <TextPage report={found} text={levelText(found, level)} levels={availableLevels(found)} css={css} />
    ).toString()
    return c.html(html, 200, {'Content-Security-Policy': await textPagePolicy(css)})
  })

  app.get('/articles/:file{[a-z0-9-]+\\.(?:txt|md)}', (c) => {
    const file = c.req.param('file')
    const found = options.report(file.replace(/\.(?:txt|md)$/, ''))
    if (!found) return c.notFound()
    const level = levelOf(c, found)
    if (!level) return badLevel(c)
    return file.endsWith('.txt')
      ? c.body(plainText(found, level), 200, {'Content-Type': plainTextType})
      : c.body(markdownText(found, level), 200, {'Content-Type': markdownType})
  })

  app.get('/articles/:slug{[a-z0-9-]+}/speech.ssml', (c) => {
    const found = options.report(c.req.param('slug'))
    if (!found) return c.notFound()
    const level = levelOf(c, found)
    if (!level) return badLevel(c)
    return c.body(speechSsml(found, level), 200, {'Content-Type': ssmlType})
  })

  app.get('/pronunciations.pls', (c) => {
    const all = reports()
    const lang = c.req.query('lang') ?? all[0]?.lang ?? 'en'
    if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(lang)) {
      return c.text('The lang parameter must be a language tag such as en or en-GB.', 400)
    }
    const primary = (tag: string) => tag.split('-')[0]?.toLowerCase()
    const entries = all.filter((report) => primary(report.lang) === primary(lang)).flatMap(glossaryOf)
    return c.body(pronunciationLexicon(entries, lang), 200, {'Content-Type': plsType})
  })

  app.get('/feed.xml', (c) =>
    c.body(atomFeed(reports(), {self: new URL('/feed.xml', c.req.url).href, siteName}), 200, {'Content-Type': atomType})
  )
}

/** The level a request asks for; `undefined` when `?level=` names no level. */
function levelOf(c: Context, report: Report): LevelName | undefined {
  const asked = c.req.query('level')
  if (asked === undefined || asked === '') return defaultLevel(report)
  return isLevelName(asked) ? asked : undefined
}

function badLevel(c: Context): Response {
  return c.text('Unknown level. Use ?level=original, ?level=plain or ?level=easy.', 400)
}

const policies = new Map<string, Promise<string>>()

/**
 * The Content Security Policy of a text-only page: nothing may load (`default-src 'none'`) but
 * the one inline style, allowed by its SHA-256 hash; no script at all.
 *
 * Returns the header value.
 */
export function textPagePolicy(css: string): Promise<string> {
  let policy = policies.get(css)
  if (!policy) {
    policy = crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)).then((digest) => {
      let binary = ''
      for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte)
      return `default-src 'none'; style-src 'sha256-${btoa(binary)}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`
    })
    policies.set(css, policy)
  }
  return policy
}
