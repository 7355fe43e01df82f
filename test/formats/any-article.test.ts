import {gzipSync} from 'node:zlib'
import {parseHTML} from 'linkedom'
import {describe, expect, it} from 'vitest'
import {levelText} from '../../src/formats/level-text.ts'
import {levelNames} from '../../src/simplify/level.ts'
import type {Report} from '../../src/report/report.ts'
import {bundledApp} from '../helpers/serve-app.ts'
import {parseXml} from './parse-xml.ts'

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Articles unlike the seed: no dateline or summary, hostile characters, another language, a long one. */
const extra = [
  {
    path: 'content/council-bridge-vote.md',
    text: [
      '---',
      'title: "Council votes <b>7–2</b> & closes the \\"old\\" bridge"',
      'date: 2023-03-14',
      'lang: en-GB',
      '---',
      '',
      'The council met on Monday. It voted 7 to 2 to close the old bridge in Almaty, which was built in 1931.',
      '',
      'Engineers said the bridge was not safe. Repairs would cost £4.5m, the council said. <script>alert(1)</script> *Not* a [link](javascript:alert(1)).',
      ''
    ].join('\n')
  },
  {
    path: 'content/stadtrat-bruecke.md',
    text: ['---', 'title: Stadtrat schließt die alte Brücke', 'date: 2023-03-15', 'lang: de', '---', '', 'Der Stadtrat hat am Montag getagt. Er hat die alte Brücke geschlossen.', ''].join(
      '\n'
    )
  },
  {
    path: 'content/long-report.md',
    text: [
      '---',
      'title: A long report on the harbour',
      'date: 2023-01-02',
      'lang: en',
      '---',
      '',
      ...Array.from({length: 40}, (_, index) => `Paragraph ${index + 1} says that the harbour handled ${index * 37 + 12} ships in week ${index + 1}. The port authority said trade grew again. Workers asked for more cranes.\n`)
    ].join('\n')
  }
]

async function reportOf(app: Awaited<ReturnType<typeof bundledApp>>, slug: string): Promise<Report> {
  return (await (await app.request(`/api/articles/${slug}`)).json()) as Report
}

describe('text mode and formats for any article', () => {
  it.each(['council-bridge-vote', 'stadtrat-bruecke', 'long-report'])('%s: text-only page within the size budget, every sentence, escaped', async (slug) => {
    const app = await bundledApp(extra)
    const report = await reportOf(app, slug)
    for (const level of levelNames) {
      const response = await app.request(`/articles/${slug}/text?level=${level}`, {headers: {'Accept-Encoding': 'gzip'}})
      expect(response.status).toBe(200)
      const served = new Uint8Array(await response.arrayBuffer()).byteLength
      const html = await (await app.request(`/articles/${slug}/text?level=${level}`)).text()
      const {document} = parseHTML(html)
      const visible = squash(document.body.textContent ?? '')
      expect(served).toBeLessThanOrEqual(1.25 * gzipSync(visible).byteLength + 600)
      expect(html).not.toMatch(/<script|<img|<link[^>]+stylesheet/i)
      expect(document.documentElement.getAttribute('lang')).toBe(report.lang)
      expect(squash(document.querySelector('h1')?.textContent ?? '')).toBe(report.title)
      const main = squash(document.querySelector('main')?.textContent ?? '')
      for (const sentence of levelText(report, level).sentences) expect(main).toContain(squash(sentence.text))
    }
  })

  it('every format of an article with markup-like text stays well-formed and escaped', async () => {
    const app = await bundledApp(extra)
    const slug = 'council-bridge-vote'
    const report = await reportOf(app, slug)
    const ssml = parseXml(await (await app.request(`/articles/${slug}/speech.ssml`)).text())
    expect(ssml.documentElement?.getAttribute('xml:lang')).toBe('en-GB')
    expect(ssml.getElementsByTagName('b')).toHaveLength(0)
    expect(ssml.getElementsByTagName('script')).toHaveLength(0)
    const text = await (await app.request(`/articles/${slug}.txt`)).text()
    expect(text.split('\n')[0]).toBe(report.title)
    expect(text.split('\n')[1]).toBe('14 March 2023')
    const feed = parseXml(await (await app.request('/feed.xml')).text())
    const titles = [...feed.getElementsByTagName('entry')].map((entry) => entry.getElementsByTagName('title')[0]?.textContent)
    expect(titles).toContain(report.title)
    expect(titles).toHaveLength(4)
    const german = parseXml(await (await app.request('/articles/stadtrat-bruecke/speech.ssml')).text())
    expect(german.documentElement?.getAttribute('xml:lang')).toBe('de')
    const pls = await app.request('/pronunciations.pls?lang=de')
    expect(pls.status).toBe(200)
    parseXml(await pls.text())
    const list = await (await app.request('/text')).text()
    for (const item of extra) expect(list).toContain(`href="/articles/${item.path.slice('content/'.length, -3)}/text"`)
  })
})

describe('plain summaries', () => {
  it('an article without a summary is summarised in the feed by its easy “What happened”, else its first sentences', async () => {
    const app = await bundledApp(extra)
    const report = (await (await app.request('/api/articles/council-bridge-vote')).json()) as Report & {
      levels?: {easy?: {whatHappened?: {text: string}}}
    }
    const feed = parseXml(await (await app.request('/feed.xml')).text())
    const entry = [...feed.getElementsByTagName('entry')].find((item) => item.getElementsByTagName('title')[0]?.textContent === report.title)
    const summary = entry?.getElementsByTagName('summary')[0]?.textContent ?? ''
    const expected = report.levels?.easy?.whatHappened?.text.trim() || levelText(report, 'plain').sentences.slice(0, 2).map((sentence) => sentence.text).join(' ')
    expect(summary).toBe(expected)
    expect(summary.length).toBeGreaterThan(10)
  })
})
