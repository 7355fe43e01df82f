import {Hono} from 'hono'
import {secureHeaders} from 'hono/secure-headers'
import {ArticlePage} from '../templates/article-page.tsx'
import {HomePage} from '../templates/home-page.tsx'
import {NotFoundPage} from '../templates/not-found-page.tsx'
import {UnknownLevelPage} from '../templates/unknown-level-page.tsx'
import {stylesheet} from '../templates/stylesheet.ts'
import {formatContentError, type Article} from './content/load-articles.ts'
import {httpCache, type Encoder} from './http/http-cache.ts'
import {defaultAnalysisLimits, type AnalysisLimits} from './http/analysis-limits.ts'
import {analyzeRoute} from './http/analyze-route.ts'
import {safeErrorResponse} from './http/safe-error.tsx'
import type {TextAnalyzer} from './http/text-analyzer.ts'
import {levelChoice} from './http/level-query.ts'
import {textRoutes} from './http/text-routes.tsx'
import type {Content} from './content/load-content.ts'
import {analyze} from './report/analyze.ts'
import type {Report} from './report/report.ts'

/** What the app serves. */
export interface AppOptions {
  /** The loaded content folder (`loadContent`): articles, data, and the files that did not load. */
  readonly content: Content
  /**
   * Static assets served under `/assets/`, by file name (such as `reader.js`), built by the
   * runtime's entry point (`src/server.ts` bundles the reader script with esbuild).
   * `site.css` is always there.
   */
  readonly assets?: Readonly<Record<string, Asset>>
  /**
   * Content codings beyond the runtime's `CompressionStream`, by name (such as `br` from `node:zlib`,
   * given by `src/server.ts`); see `src/http/http-cache.ts`.
   */
  readonly encoders?: Readonly<Record<string, Encoder>>
  /** Limits on texts sent for analysis (default `defaultAnalysisLimits`: 1 MiB, 20,000 words, 2,000 sentences, 10 s). */
  readonly limits?: Partial<AnalysisLimits>
  /**
   * Runs `POST /api/analyze` analyses (default: on the calling thread, bounded by the caps).
   * `src/server.ts` passes a worker-thread pool that stops an analysis at the time limit.
   */
  readonly analyzer?: TextAnalyzer
}

/** A static asset: its bytes as text and its media type. */
export interface Asset {
  readonly body: string
  readonly type: string
}

/** Analyse an article into its report. */
export function reportOf(article: Article): Report {
  return analyze({
    slug: article.slug,
    title: article.meta.title,
    date: article.meta.date,
    lang: article.meta.lang,
    dateline: article.meta.dateline,
    source: article.meta.source,
    summary: article.meta.summary,
    markdown: article.body,
    path: article.path,
    startLine: article.bodyStartLine,
    targetAge: article.meta.targetAge,
    glossary: article.glossary,
    levelOverrides: article.levelOverrides
  })
}

/**
 * Build the Plainread app for a set of articles. Runtime-agnostic: Web standards only.
 *
 * Returns the Hono app; reports are computed once, on first use, and reused.
 */
export function createApp(options: AppOptions) {
  const {content} = options
  const bySlug = new Map(content.articles.map((article) => [article.slug, article]))
  const reports = new Map<string, Report>()
  const report = (slug: string): Report | undefined => {
    const cached = reports.get(slug)
    if (cached) return cached
    const article = bySlug.get(slug)
    if (!article) return undefined
    const fresh = reportOf(article)
    reports.set(slug, fresh)
    return fresh
  }

  const app = new Hono()

  // First, so it wraps everything: one render per URL and cookie, ETag/304, compression, Vary.
  app.use(httpCache(options.encoders ? {encoders: options.encoders} : {}))

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"]
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      // Deny every powerful feature the app never uses (speech synthesis needs none of them).
      permissionsPolicy: {
        accelerometer: [], ambientLightSensor: [], bluetooth: [], browsingTopics: [], camera: [], displayCapture: [],
        geolocation: [], gyroscope: [], hid: [], idleDetection: [], magnetometer: [], microphone: [], midi: [],
        payment: [], publickeyCredentialsGet: [], serial: [], usb: [], xrSpatialTracking: []
      },
      // A route that sets its own, stricter policy keeps it (the text-only page's style hash).
      overwrite: false
    })
  )

  app.get('/', (c) =>
    c.html(
      <HomePage
        articles={content.articles.map((article) => ({
          slug: article.slug,
          title: article.meta.title,
          date: article.meta.date,
          lang: article.meta.lang,
          summary: article.meta.summary,
          readingMinutes: report(article.slug)?.readingMinutes ?? 1
        }))}
      />
    )
  )

  app.get('/articles/:slug{[a-z0-9-]+}', (c) => {
    const found = report(c.req.param('slug'))
    if (!found) return c.notFound()
    const choice = levelChoice(c.req.query('level'), c.req.query('view'))
    if (!choice) return c.html(<UnknownLevelPage slug={found.slug} title={found.title} lang={found.lang} />, 400)
    return c.html(<ArticlePage report={found} level={choice.level} compare={choice.compare} />)
  })

  // Text-only pages and open formats: /text, /articles/:slug/text, .txt, .md, speech.ssml, /pronunciations.pls, /feed.xml.
  textRoutes(app, {report, slugs: () => content.articles.map((article) => article.slug)})

  const assets: Record<string, Asset> = {
    'site.css': {body: stylesheet, type: 'text/css; charset=utf-8'},
    ...options.assets
  }
  app.get('/assets/:name{[a-z0-9-]+\\.(?:css|js)}', (c) => {
    const asset = Object.hasOwn(assets, c.req.param('name')) ? assets[c.req.param('name')] : undefined
    if (!asset) return c.notFound()
    c.header('Content-Type', asset.type)
    return c.body(asset.body)
  })

  app.get('/api/articles', (c) =>
    c.json(
      content.articles.map((article) => ({
        slug: article.slug,
        title: article.meta.title,
        date: article.meta.date,
        lang: article.meta.lang
      }))
    )
  )

  app.get('/api/articles/:slug{[a-z0-9-]+}', (c) => {
    const found = report(c.req.param('slug'))
    if (!found) return c.json({error: 'not_found', message: 'There is no article with this slug.'}, 404)
    return c.json(found)
  })

  app.get('/api/status', (c) =>
    c.json({
      ok: content.errors.length === 0,
      articles: content.articles.length,
      errors: content.errors.map((error) => ({...error, message: formatContentError(error)}))
    })
  )

  // POST /api/analyze: text/plain, text/markdown or JSON → the report (src/http/analyze-route.ts).
  const limits: AnalysisLimits = {...defaultAnalysisLimits, ...options.limits}
  app.post('/api/analyze', (c) =>
    analyzeRoute(c.req.raw, {limits, analyzer: options.analyzer, glossary: content.glossary})
  )

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json({error: 'not_found', message: 'There is no API route at this address.'}, 404)
    }
    return c.html(<NotFoundPage />, 404)
  })

  // Never echoes the request or leaks a stack: a fixed message, JSON under /api/, else an HTML page.
  app.onError((error, c) => safeErrorResponse(error, c.req.path))

  return app
}
