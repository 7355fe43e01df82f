import fc from 'fast-check'
import {parseHTML} from 'linkedom'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/report/analyze.ts'
import {bundledApp} from '../helpers/serve-app.ts'

/** Pieces hostile text is made of: markup, script breakouts, quotes, controls, bidi marks, emoji, numbers. */
const hostilePieces = [
  '<x-evil>', '</x-evil>', '<script>alert(1)</script>', '</script>', '<!--', '-->', '<img src=x onerror=alert(1)>',
  '"', "'", '`', '&', '&amp;', '&lt;x-evil&gt;', ']]>', '<![CDATA[', '\\', '*', '_', '#', '[a](javascript:alert(1))',
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', '\r', '\t', '\u200b', '\ufeff',
  '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u061c', 'שלום', 'مرحبا', '👩‍👩‍👧', '🏳️‍🌈', '🇰🇿', 'é', 'e\u0301',
  '3.5%', '$1,000', '1/2', '20,000', '-7', '1e309', 'U.S.', 'Dr.', '...', '?!', '. ', '\n', '\n\n', '  '
]

const piece = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...hostilePieces)},
  {weight: 3, arbitrary: fc.string({unit: 'binary', maxLength: 12})},
  {weight: 3, arbitrary: fc.constantFrom('The', 'minister', 'said', 'troops', 'arrived', 'in', 'Almaty', 'on', 'Thursday', 'CSTO', 'not')},
  {weight: 1, arbitrary: fc.constant('W'.repeat(10_000))}
)

/** Arbitrary Unicode text with hostile pieces, joined by spaces, with at least one word. */
const hostileText = fc
  .array(piece, {minLength: 1, maxLength: 40})
  .map((pieces) => `Word ${pieces.join(' ')}`.replace(/NaN|undefined|Infinity|object Object/g, 'x'))

/** Every number in a value, with its path. */
function numbers(value: unknown, path = '$', found: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') found.push([path, value])
  else if (Array.isArray(value)) value.forEach((item, index) => numbers(item, `${path}[${index}]`, found))
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) numbers(item, `${path}.${key}`, found)
  return found
}

/** Text as it compares after HTML parsing: CR and CRLF as LF, NUL as U+FFFD (parsers differ on both). */
function asParsed(text: string | null | undefined): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(/\u0000/g, '\ufffd')
}

/** The raw HTML nodes CommonMark finds in a Markdown document. */
function htmlNodes(markdown: string): string[] {
  const found: string[] = []
  visit(unified().use(remarkParse).parse(markdown), 'html', (node) => void found.push(node.value))
  return found
}

/** Whether every character of `needle` appears in `haystack`, in order. */
function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0
  for (const character of haystack) if (at < needle.length && needle.startsWith(character, at)) at += character.length
  return at === needle.length
}

/** Check an HTML document: no injected element or handler, scripts only same-origin files or JSON data blocks. */
function checkHtml(body: string, where: string): Document {
  expect(body, where).not.toMatch(/<x-evil|<img|<iframe|<!\[CDATA\[|\bNaN\b|\[object Object\]|>undefined</)
  const {document} = parseHTML(body)
  expect(document.querySelectorAll('x-evil, img, iframe, object, embed').length, where).toBe(0)
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `${where}: <${element.localName} ${attribute.name}>`).not.toMatch(/^on/i)
      if (/^(?:href|src|action|formaction)$/.test(attribute.name)) expect(attribute.value, where).not.toMatch(/^\s*(?:javascript|data|vbscript):/i)
    }
  }
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src')
    if (src !== null) {
      expect(src, where).toMatch(/^\/assets\/[a-z0-9-]+\.js$/)
      expect(script.textContent, where).toBe('')
    } else {
      // Not a script: a JSON data block (JSON-LD), which must parse whole.
      expect(script.getAttribute('type'), where).toBe('application/ld+json')
      expect(() => JSON.parse(script.textContent ?? ''), where).not.toThrow()
    }
  }
  return document
}

describe('arbitrary Unicode text, analysed and rendered everywhere', () => {
  it('analyze() never throws and never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, markdown) => {
        const report = analyze({slug: 'prop', title: 'Property', lang: 'en', markdown: markdown ? text : text.replace(/[!-/:-@[-`{-~]/g, '\\$&')})
        const bad = numbers(report).filter(([, value]) => !Number.isFinite(value))
        expect(bad).toEqual([])
      }),
      {numRuns: 40}
    )
  }, 300_000)

  it('every page and format escapes it: article levels, text-only, .txt, .md, SSML, API, /read', async () => {
    let rendered = 0
    await fc.assert(
      fc.asyncProperty(hostileText, fc.string({unit: 'binary', minLength: 1, maxLength: 60}), async (text, rawTitle) => {
        const title = `T ${rawTitle}`.replace(/NaN|undefined|Infinity/g, 'x')
        const file = `---\ntitle: ${JSON.stringify(title)}\ndate: 2024-02-03\nlang: en\n---\n\n${text}\n`
        const app = await bundledApp([{path: 'content/prop-test.md', text: file}])
        const report = analyze({slug: 'prop-test', title, lang: 'en', markdown: text})

        for (const level of ['original', 'plain', 'easy']) {
          const response = await app.request(`/articles/prop-test?level=${level}`)
          if (response.status === 404) return // the body had no sentences: no article, a clean 404
          expect(response.status, level).toBe(200)
          const document = checkHtml(await response.text(), level)
          expect(asParsed(document.querySelector('h1')?.textContent), 'h1').toBe(asParsed(title))
          if (level === 'original') {
            for (const sentence of report.paragraphs.flatMap((paragraph) => paragraph.sentences)) {
              // Every character survives as text (features may add text, such as an abbreviation's expansion).
              const shown = asParsed(document.getElementById(sentence.id)?.textContent)
              expect(isSubsequence(asParsed(sentence.text), shown), `${sentence.id}: ${JSON.stringify(shown)}`).toBe(true)
            }
          }
        }

        rendered++
        const textPage = await app.request('/articles/prop-test/text')
        expect(textPage.status).toBe(200)
        checkHtml(await textPage.text(), 'text-only page')

        for (const format of ['.txt', '.md', '/speech.ssml']) {
          const response = await app.request(`/articles/prop-test${format}`)
          expect(response.status, format).toBe(200)
          const body = await response.text()
          expect(body, format).not.toMatch(/\bNaN\b|\[object Object\]/)
          if (format === '/speech.ssml') expect(body, format).not.toMatch(/<x-evil|<script|<img/)
          // The Markdown format escapes markup: read back by remark, it holds no raw HTML at all.
          if (format === '.md') expect(htmlNodes(body), format).toEqual([])
        }

        const json = await app.request('/api/articles/prop-test')
        expect(numbers(await json.json()).filter(([, value]) => !Number.isFinite(value))).toEqual([])

        const api = await app.request('/api/analyze', {method: 'POST', body: JSON.stringify({text, title}), headers: {'content-type': 'application/json'}})
        expect([200, 400, 413]).toContain(api.status)
        const apiBody = await api.text()
        expect(() => JSON.parse(apiBody)).not.toThrow()

        const read = await app.request('/read', {method: 'POST', body: new URLSearchParams({text, title: rawTitle, format: 'text'})})
        expect([200, 400, 413, 422]).toContain(read.status)
        checkHtml(await read.text(), '/read')
      }),
      {numRuns: Number(process.env['PROPERTY_RUNS'] ?? 12)}
    )
    // Most runs made an article (a text with no sentence at all is a clean 404 instead).
    expect(rendered).toBeGreaterThan(Number(process.env['PROPERTY_RUNS'] ?? 12) / 2)
  }, 600_000)
})
