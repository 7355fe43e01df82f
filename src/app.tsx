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
import {AnalysisUnavailable, analyzeInline, type TextAnalyzer} from './http/text-analyzer.ts'
import {levelChoice} from './http/level-query.ts'
import {textRoutes} from './http/text-routes.tsx'
import type {Content} from './content/load-content.ts'
import {analyze} from './report/analyze.ts'
import type {Report} from './report/report.ts'
import {bodyLimit} from 'hono/body-limit'
import {PreferencesPage} from '../templates/preferences-page.tsx'
import {ReadPage, ReadResultPage} from '../templates/read-page.tsx'
import {parsePreferences} from './preferences/preferences.ts'
import {readingPreferences, savePreferences} from './preferences/preferences-middleware.ts'
import {returnPath} from './preferences/return-path.ts'
import {emptyReadForm} from './read/read-form.ts'
import {readTextInput} from './read/read-input.ts'
import {defaultReadLimits, formatSize, readSubmission} from './read/read-submission.ts'

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

  // Reading preferences (cookie, or a preset in the query string) on every page: inside the cache, so pages are kept per cookie.
  app.use(readingPreferences())

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

  // Read your own article: paste or upload; the result is shown directly and never stored or logged.
  const analysisLimits: AnalysisLimits = {...defaultAnalysisLimits, ...options.limits}
  const readLimits = {...defaultReadLimits, maxWords: analysisLimits.maxWords, maxSentences: analysisLimits.maxSentences}
  const readAnalyzer = options.analyzer ?? analyzeInline
  const readBodyLimit = 4 * readLimits.maxFileBytes
  app.get('/read', (c) => c.html(<ReadPage values={emptyReadForm} errors={[]} maxFileBytes={readLimits.maxFileBytes} />))
  app.post(
    '/read',
    bodyLimit({
      maxSize: readBodyLimit,
      onError: (c) => {
        c.header('Cache-Control', 'no-store')
        const message = `What you sent is larger than ${formatSize(readBodyLimit)}, so it could not be read, and your text could not be kept. Choose a file up to ${formatSize(readLimits.maxFileBytes)}, or paste only the article’s text.`
        return c.html(<ReadPage values={emptyReadForm} errors={[{field: 'file', message, status: 413}]} maxFileBytes={readLimits.maxFileBytes} />, 413)
      }
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store')
      let body: Record<string, unknown>
      try {
        body = await c.req.parseBody()
      } catch {
        const message = 'The form could not be read. Send it again from this page.'
        return c.html(<ReadPage values={emptyReadForm} errors={[{field: 'text', message, status: 400}]} maxFileBytes={readLimits.maxFileBytes} />, 400)
      }
      const submission = await readSubmission(body, readLimits)
      if (!submission.ok) {
        return c.html(<ReadPage values={submission.values} errors={submission.errors} maxFileBytes={readLimits.maxFileBytes} />, submission.errors[0]?.status ?? 400)
      }
      let result: Report
      try {
        result = await readAnalyzer(readTextInput(submission.article, content.glossary), {timeoutMs: analysisLimits.timeoutMs})
      } catch (error) {
        const busy = error instanceof AnalysisUnavailable && error.code === 'analysis_busy'
        // Never log the text: only that an analysis failed.
        if (!(error instanceof AnalysisUnavailable)) console.error('POST /read: the analysis failed')
        const message = busy
          ? 'Many people are reading articles right now. Wait a minute, then send the form again: your text is kept below.'
          : error instanceof AnalysisUnavailable
            ? 'This text took too long to analyse. Paste one article, or a shorter part of it.'
            : 'We could not analyse this text. Check that it is the text of an article, then try again.'
        if (busy) c.header('Retry-After', '30')
        return c.html(<ReadPage values={submission.values} errors={[{field: 'text', message, status: busy ? 503 : 422}]} maxFileBytes={readLimits.maxFileBytes} />, busy ? 503 : 422)
      }
      return c.html(<ReadResultPage report={result} markdown={submission.article.markdown} values={submission.values} maxFileBytes={readLimits.maxFileBytes} />)
    }
  )

  // Reading preferences: a form that sets the cookie (no JavaScript needed), then back to the page.
  app.get('/preferences', (c) =>
    c.html(
      <PreferencesPage
        preferences={c.get('preferences')}
        saved={c.req.query('saved') === '1'}
        back={returnPath(c.req.query('back') ?? c.req.header('Referer'), c.req.url)}
        origin={new URL(c.req.url).origin}
      />
    )
  )
  app.post('/preferences', bodyLimit({maxSize: 16 * 1024, onError: (c) => c.text('The form is too large.', 413)}), async (c) => {
    const body = await c.req.parseBody()
    const chosen = body['reset'] === '1' ? {} : parsePreferences(body)
    savePreferences(c, chosen)
    const back = returnPath(typeof body['back'] === 'string' ? body['back'] : undefined, c.req.url)
    return c.redirect(back ? `/preferences?saved=1&back=${encodeURIComponent(back)}` : '/preferences?saved=1', 303)
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
