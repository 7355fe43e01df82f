import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {reportOf} from '../../src/app.tsx'
import {loadContent, type Content} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {readTextInput} from '../../src/read/read-input.ts'
import {readSubmission} from '../../src/read/read-submission.ts'
import {analyze} from '../../src/report/analyze.ts'
import type {Report} from '../../src/report/report.ts'
import {bundledApp, contentDir} from '../helpers/serve-app.ts'

const seedSlug = 'kazakhstan-russian-alliance-troops'
const seed = readFileSync(new URL('../../../shared/seed/000_b8e0d7ba9690e0e6.txt', import.meta.url), 'utf8')
const fixture = (name: string) => readFileSync(new URL(`../fixtures/read-pages/${name}/source.html`, import.meta.url), 'utf8')
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])

let app: Awaited<ReturnType<typeof bundledApp>>
let content: Content
let shipped: Report

beforeAll(async () => {
  app = await bundledApp()
  content = loadContent(await readContentDir(contentDir))
  const article = content.articles.find((candidate) => candidate.slug === seedSlug)
  if (!article) throw new Error('The seed article did not load')
  shipped = reportOf(article)
})

/** POST the `/read` form as a browser does (multipart). */
function post(fields: Record<string, string | File>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return app.request('/read', {method: 'POST', body: form})
}

/** A report without what only front matter can say (slug, date, summary) and with message lines dropped (the file has front matter above the body). */
function comparable(report: Report) {
  const {slug: _slug, date: _date, summary: _summary, messages, ...rest} = report
  return {...rest, messages: messages.map(({line: _line, ...message}) => message)}
}

describe('/read: paste the seed article', () => {
  it('gives the same scores, levels, glossary and speech as the shipped article', async () => {
    const submission = await readSubmission({text: seed})
    expect(submission.ok).toBe(true)
    if (!submission.ok) return
    const pasted = analyze(readTextInput(submission.article, content.glossary))
    expect(comparable(pasted)).toEqual(comparable(shipped))
    // The parts the acceptance names, spelled out.
    expect(pasted.scores).toEqual(shipped.scores)
    expect(pasted.levels).toEqual(shipped.levels)
    expect(pasted.glossary).toEqual(shipped.glossary)
    expect(pasted.title).toBe(shipped.title)
  })

  it('shows the same companion page as the shipped article, not stored, with the form to read again', async () => {
    const response = await post({text: seed})
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const html = await response.text()
    const page = await (await app.request(`/articles/${seedSlug}`)).text()
    const sentences = (source: string) => [...source.matchAll(/<span class="sentence[^"]*" id="(plain-\d+|s\d+)"/g)].map((match) => match[1])
    expect(sentences(html)).toEqual(sentences(page))
    expect(html).toContain('<h1 id="article-title">Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops</h1>')
    expect(html).toContain('id="term-csto"')
    expect(html).toContain('class="player"')
    expect(html).toContain('not stored')
    expect(html).toContain('name="text"')
    expect(html).toContain('Leave a Comment</textarea>')
  })

  it('switches level by posting the text again', async () => {
    const first = await post({text: seed})
    const html = await first.text()
    const hidden = /<input type="hidden" name="text" value="([^"]*)"/.exec(html)?.[1]
    expect(hidden).toBeDefined()
    const text = (hidden ?? '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    const again = await post({title: shipped.title, text, format: 'markdown', level: 'plain', show: 'original'})
    expect(again.status).toBe(200)
    const original = await again.text()
    expect(original).toMatch(/<button type="submit" name="show" value="original" aria-pressed="true">/)
    expect(original).toContain('id="s20"')
    expect(original).not.toContain('id="plain-1"')
  })
})

describe('/read: a web page', () => {
  it('keeps only the article of a page with navigation, share links and comments', async () => {
    const response = await post({text: fixture('wordpress-blog')})
    expect(response.status).toBe(200)
    const html = await response.text()
    const body = html.slice(html.indexOf('<article'), html.indexOf('</article>'))
    expect(body).toContain('<h1 id="article-title">Town Council Votes to Close Riverside Pool</h1>')
    expect(body).toContain('The Millbrook town council voted 7 to 2')
    for (const chrome of ['Leave a Comment', 'terrible decision', 'Share this', 'Recent Posts']) expect(body).not.toContain(chrome)
  })

  it('reads an uploaded .html file the same way', async () => {
    const file = new File([fixture('news-div-soup')], 'heatwave.html', {type: 'text/html'})
    const html = await (await post({file})).text()
    const body = html.slice(html.indexOf('<article'), html.indexOf('</article>'))
    expect(body).toContain('<h1 id="article-title">Heatwave: Hospitals Put on Alert as Temperatures Hit 41C</h1>')
    expect(body).not.toContain('Stay safe everyone')
    // The file's text comes back in the form, to edit and read again.
    expect(html).toContain('Stay safe everyone')
  })
})

describe('/read: errors that help, with the input kept and never a 5xx', () => {
  it('an empty form', async () => {
    const response = await post({text: '  \n ', title: 'My title'})
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('There is a problem')
    expect(html).toContain('Paste the text of an article, or choose a file to upload.')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('value="My title"')
  })

  it('a 5 MiB upload: names the file, keeps the pasted text', async () => {
    const big = new File([new Uint8Array(5 * 1024 * 1024).fill(0x61)], 'huge-article.txt', {type: 'text/plain'})
    const response = await post({file: big, text: 'My notes, kept <b>as typed</b>.'})
    expect(response.status).toBe(413)
    const html = await response.text()
    expect(html).toContain('“huge-article.txt” is 5 MB. Files can be up to 2 MB.')
    expect(html).toContain('My notes, kept &lt;b&gt;as typed&lt;/b&gt;.</textarea>')
  })

  it('a body over the route’s limit is refused with the form, not a 5xx', async () => {
    const huge = new File([new Uint8Array(9 * 1024 * 1024)], 'video.txt')
    const response = await post({file: huge})
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('is larger than 8 MB')
  })

  it('a PNG renamed .txt: found by its content', async () => {
    const response = await post({file: new File([png], 'article.txt', {type: 'text/plain'}), text: 'kept text'})
    expect(response.status).toBe(415)
    const html = await response.text()
    expect(html).toContain('“article.txt” is a PNG image, not text.')
    expect(html).toContain('kept text</textarea>')
  })

  it.each([
    ['NUL bytes', new Uint8Array([0x48, 0x69, 0x00, 0x21, 0x0a])],
    ['invalid UTF-8', new Uint8Array([0x48, 0xc3, 0x28, 0x69, 0xff, 0xfe])]
  ])('a .txt file with %s', async (_, bytes) => {
    const response = await post({file: new File([bytes], 'notes.txt')})
    expect(response.status).toBe(415)
    expect(await response.text()).toContain('“notes.txt” is')
  })

  it('a file type we cannot read', async () => {
    const response = await post({file: new File(['x'], 'report.docx')})
    expect(response.status).toBe(415)
    expect(await response.text()).toContain('Choose a .txt, .md or .html file')
  })

  it('HTML with no article in it', async () => {
    const page = fixture('no-article')
    const response = await post({text: page})
    expect(response.status).toBe(422)
    const html = await response.text()
    expect(html).toContain('We could not find an article in this page')
    expect(html).toContain('Forgot your password?&lt;/a&gt;')
  })

  it('only site chrome', async () => {
    const response = await post({text: 'Share this\n\nLeave a Comment'})
    expect(response.status).toBe(422)
    expect(await response.text()).toContain('There is no article text here')
  })

  it('a form that is not multipart or urlencoded', async () => {
    const response = await app.request('/read', {method: 'POST', body: 'text=x', headers: {'Content-Type': 'application/json'}})
    expect(response.status).toBe(400)
  })

  it('GET /read shows the form and says nothing is stored', async () => {
    const response = await app.request('/read')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('enctype="multipart/form-data"')
    expect(html).toContain('nothing you paste or upload is stored or logged')
  })
})
