import {describe, expect, it} from 'vitest'
import {createApp} from '../../src/app.tsx'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {AnalysisUnavailable, type TextAnalyzer} from '../../src/http/text-analyzer.ts'
import {createAnalysisPool} from '../../src/server/analysis-pool.ts'
import {bundledApp, contentDir} from '../helpers/serve-app.ts'

type App = Awaited<ReturnType<typeof bundledApp>>

function post(app: App, body: BodyInit, type: string | undefined, headers: Record<string, string> = {}) {
  return app.request('/api/analyze', {method: 'POST', body, headers: type === undefined ? headers : {'content-type': type, ...headers}})
}

async function problem(response: Response): Promise<{error: string; message: string}> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return (await response.json()) as {error: string; message: string}
}

describe('POST /api/analyze', () => {
  it('analyses text/plain literally: Markdown and HTML characters stay text', async () => {
    const app = await bundledApp()
    const text = '# Not a heading\n\nThe *minister* said <b>no</b> & left [early](http://x).\n\n    Four spaces are not code.'
    const response = await post(app, text, 'text/plain; charset=utf-8')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const report = (await response.json()) as {title: string; lang: string; paragraphs: {sentences: {text: string}[]}[]}
    expect(report).toMatchObject({title: 'Your text', lang: 'en'})
    expect(report.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join(' '))).toEqual([
      '# Not a heading',
      'The *minister* said <b>no</b> & left [early](http://x).',
      'Four spaces are not code.'
    ])
  })

  it('analyses text/markdown as Markdown, and JSON with a title, language and format', async () => {
    const app = await bundledApp()
    const markdown = (await (await post(app, 'The *minister* said [no](http://x).', 'text/markdown')).json()) as {
      paragraphs: {sentences: {text: string}[]}[]
    }
    expect(markdown.paragraphs[0]?.sentences[0]?.text).toBe('The minister said no.')

    const json = await post(app, JSON.stringify({text: 'Troops arrived in Almaty on Thursday.', title: 'Troops', lang: 'en-GB'}), 'application/json')
    expect(json.status).toBe(200)
    expect(await json.json()).toMatchObject({title: 'Troops', lang: 'en-GB', wordCount: 6})
  })

  it.each([
    ['no content type', new TextEncoder().encode('Some text.'), undefined, 415, 'unsupported_media_type'],
    ['an image type', 'Some text.', 'image/png', 415, 'unsupported_media_type'],
    ['a form', 'text=Some+text.', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['another charset', 'Some text.', 'text/plain; charset=iso-8859-1', 415, 'unsupported_media_type'],
    ['broken JSON', '{"text": "Some text."', 'application/json', 400, 'invalid_json'],
    ['a JSON array', '["Some text."]', 'application/json', 400, 'invalid_json'],
    ['a JSON text that is not a string', '{"text": 42}', 'application/json', 400, 'invalid_field'],
    ['an unknown JSON field', '{"text": "Some text.", "html": "<b>"}', 'application/json', 400, 'invalid_field'],
    ['a bad language tag', '{"text": "Some text.", "lang": "<script>"}', 'application/json', 400, 'invalid_field'],
    ['a title that is too long', JSON.stringify({text: 'Some text.', title: 'x'.repeat(301)}), 'application/json', 400, 'invalid_field'],
    ['empty text', '', 'text/plain', 400, 'empty_text'],
    ['white space only', ' \n\t\u00a0\u2003 ', 'text/plain', 400, 'empty_text'],
    ['empty JSON text', '{"text": "   "}', 'application/json', 400, 'empty_text'],
    ['punctuation only', '... !!! ---', 'text/plain', 400, 'empty_text'],
    ['too many words', 'word '.repeat(20_001), 'text/plain', 413, 'too_many_words'],
    ['too many sentences', 'Go! '.repeat(2_001), 'text/plain', 413, 'too_many_sentences'],
    ['a 2 MiB body', 'a'.repeat(2 * 1024 * 1024), 'text/plain', 413, 'body_too_large']
  ] as const)('%s → %s %s', async (_, body, type, status, code) => {
    const app = await bundledApp()
    const response = await post(app, body, type)
    expect(response.status).toBe(status)
    expect((await problem(response)).error).toBe(code)
  })

  it('refuses bytes that are not UTF-8 (400), whatever the declared type says', async () => {
    const app = await bundledApp()
    for (const bytes of [[0xff, 0xfe, 0x41, 0x00], [0x48, 0x69, 0xc3, 0x28], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
      const response = await post(app, new Uint8Array(bytes), 'text/plain; charset=utf-8')
      expect(response.status).toBe(400)
      expect((await problem(response)).error).toBe('invalid_utf8')
    }
  })

  it('refuses a body over the limit as it streams, without a Content-Length', async () => {
    const app = await bundledApp()
    const chunk = new TextEncoder().encode('word '.repeat(1000))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength
        if (sent > 3 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      }
    })
    const response = await app.request('/api/analyze', {method: 'POST', body: stream, headers: {'content-type': 'text/plain'}, duplex: 'half'} as RequestInit)
    expect(response.status).toBe(413)
    expect((await problem(response)).error).toBe('body_too_large')
    // It stopped reading soon after the limit rather than draining 3 MiB.
    expect(sent).toBeLessThan(1.5 * 1024 * 1024)
  })

  it('takes its body limit from createApp', async () => {
    const app = createApp({content: loadContent(await readContentDir(contentDir)), limits: {maxBodyBytes: 100}})
    expect((await post(app, 'Short text.', 'text/plain')).status).toBe(200)
    const response = await post(app, 'A longer text. '.repeat(10), 'text/plain')
    expect(response.status).toBe(413)
    expect((await problem(response)).message).toContain('100 bytes')
  })

  it('never echoes the input in an error', async () => {
    const app = await bundledApp()
    const marker = '<script>alert("plainread-marker")</script>'
    for (const [body, type] of [
      [`{"text": "${marker}"`, 'application/json'],
      [JSON.stringify({text: 'Fine text.', lang: marker}), 'application/json'],
      [JSON.stringify({text: 'Fine text.', [marker]: 1}), 'application/json'],
      [marker, `text/${marker}`]
    ] as const) {
      const response = await post(app, body, type)
      expect(response.status).toBeGreaterThanOrEqual(400)
      const text = await response.text()
      expect(text).not.toContain('plainread-marker')
      expect(text).not.toContain('<script')
    }
  })

  it('answers 503 analysis_timeout when the analyzer passes the time limit, with Retry-After', async () => {
    const slow: TextAnalyzer = () => Promise.reject(new AnalysisUnavailable('analysis_timeout'))
    const busy: TextAnalyzer = () => Promise.reject(new AnalysisUnavailable('analysis_busy'))
    for (const [analyzer, code] of [[slow, 'analysis_timeout'], [busy, 'analysis_busy']] as const) {
      const app = createApp({content: loadContent(await readContentDir(contentDir)), analyzer})
      const response = await post(app, 'Some text to analyse.', 'text/plain')
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('5')
      expect((await problem(response)).error).toBe(code)
    }
  })

  it('a failing analysis is a 500 with a fixed message: no stack, no input', async () => {
    const failing: TextAnalyzer = () => Promise.reject(new Error('secret detail at /work/main/src/x.ts:1:1'))
    const app = createApp({content: loadContent(await readContentDir(contentDir)), analyzer: failing})
    const original = console.error
    console.error = () => undefined
    try {
      const response = await post(app, 'The input text.', 'text/plain')
      expect(response.status).toBe(500)
      const body = await response.text()
      expect(JSON.parse(body)).toEqual({error: 'internal', message: 'Something went wrong on our side. Try again later.'})
      expect(body).not.toMatch(/secret|\/work\/|input text/)
    } finally {
      console.error = original
    }
  })
})

describe('the worker-thread analyzer (src/server/analysis-pool.ts)', () => {
  it('stops an analysis at the time limit, frees the core, and analyses the next text', async () => {
    const pool = createAnalysisPool()
    try {
      await pool.warm()
      const app = createApp({content: loadContent(await readContentDir(contentDir)), analyzer: pool.analyze, limits: {timeoutMs: 5}})
      // Within the caps, but far more than 5 ms of work.
      const long = 'The minister said the plan would cost 3 million dollars. '.repeat(1500)
      const started = performance.now()
      const response = await post(app, long, 'text/plain')
      expect(response.status).toBe(503)
      expect((await problem(response)).error).toBe('analysis_timeout')
      // The main thread was never blocked: the timeout fired on time.
      expect(performance.now() - started).toBeLessThan(2000)
      expect((await app.request('/api/articles')).status).toBe(200)

      const generous = createApp({content: loadContent(await readContentDir(contentDir)), analyzer: pool.analyze})
      const next = await post(generous, 'Troops arrived on Thursday.', 'text/plain')
      expect(next.status).toBe(200)
      expect(await next.json()).toMatchObject({wordCount: 4})
    } finally {
      await pool.close()
    }
    // Starting a worker loads the whole pipeline; on a loaded machine that takes a while.
  }, 180_000)
})
