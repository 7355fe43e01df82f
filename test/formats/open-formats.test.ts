import {parseHTML} from 'linkedom'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {toString} from 'mdast-util-to-string'
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {glossaryOf, levelText} from '../../src/formats/level-text.ts'
import {levelNames} from '../../src/simplify/level.ts'
import {escapeMarkdown} from '../../src/formats/markdown-text.ts'
import {jsonForScriptBlock} from '../../src/formats/news-article-json-ld.ts'
import {speechSsml} from '../../src/formats/speech-ssml.ts'
import {pronunciationLexicon} from '../../src/formats/pronunciation-lexicon.ts'
import type {Report} from '../../src/report/report.ts'
import {bundledApp} from '../helpers/serve-app.ts'
import {parseXml} from './parse-xml.ts'

const seed = 'kazakhstan-russian-alliance-troops'
const ssmlNs = 'http://www.w3.org/2001/10/synthesis'
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

async function seedReport(): Promise<Report> {
  const app = await bundledApp()
  return (await (await app.request(`/api/articles/${seed}`)).json()) as Report
}

/** A report as odd as article text gets: markup, entities, quotes and Markdown specials everywhere. */
function oddReport(base: Report): Report {
  const text = '1. <b>Bold</b> & "quoted" [link](javascript:alert(1)) *stars* _under_ `tick` # hash \\ back </script> Tokayev said.'
  return {
    ...base,
    title: '# <Title> & "more" ]]>',
    paragraphs: [{id: 'p1', sentences: [{id: 's1', text}]}],
    glossary: [
      {
        id: 'term-tokayev',
        term: 'Tokayev',
        expansion: null,
        definition: 'A <name> & "more".',
        example: null,
        pronunciation: {respelling: 'toh-KYE-ev', say: 'toe-kye-"yev" & <co>'},
        occurrences: [{sentenceId: 's1', start: text.indexOf('Tokayev'), end: text.indexOf('Tokayev') + 'Tokayev'.length}]
      }
    ]
  } as Report
}

describe('open formats', () => {
  it('SSML validates as XML (SSML 1.1 namespace), marks every sentence, and says glossary names with their pronunciations', async () => {
    const app = await bundledApp()
    const report = await seedReport()
    const withPronunciation = glossaryOf(report).filter((entry) => entry.pronunciation?.say)
    expect(withPronunciation.length).toBeGreaterThan(0)
    for (const level of levelNames) {
      const response = await app.request(`/articles/${seed}/speech.ssml?level=${level}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/ssml+xml; charset=utf-8')
      const document = parseXml(await response.text())
      const speak = document.documentElement
      expect(speak?.localName).toBe('speak')
      expect(speak?.namespaceURI).toBe(ssmlNs)
      expect(speak?.getAttribute('version')).toBe('1.1')
      expect(speak?.getAttribute('xml:lang')).toBe('en')
      const shown = levelText(report, level)
      const marks = [...document.getElementsByTagNameNS(ssmlNs, 'mark')].map((mark) => mark.getAttribute('name'))
      expect(marks).toEqual(['title', ...shown.sentences.map((sentence) => sentence.id)])
      const sentences = [...document.getElementsByTagNameNS(ssmlNs, 's')].map((s) => squash(s.textContent ?? ''))
      expect(sentences).toEqual([report.title, ...shown.sentences.map((sentence) => squash(sentence.text))])
      const subs = [...document.getElementsByTagNameNS(ssmlNs, 'sub')].map((sub) => [sub.textContent, sub.getAttribute('alias')])
      const spoken = shown.sentences.map((sentence) => sentence.text).join(' ') + ' ' + report.title
      for (const entry of withPronunciation) {
        if (!new RegExp(`(?<![\\p{L}\\p{N}])${entry.term}(?![\\p{L}\\p{N}])`, 'u').test(spoken)) continue
        expect(subs, entry.term).toContainEqual([entry.term, entry.pronunciation?.say])
      }
    }
  })

  it('SSML and PLS escape everything and stay well-formed on hostile text', async () => {
    const report = oddReport(await seedReport())
    const ssml = speechSsml(report, 'original')
    const document = parseXml(ssml)
    expect(document.getElementsByTagName('b')).toHaveLength(0)
    expect(squash(document.getElementsByTagNameNS(ssmlNs, 's')[1]?.textContent ?? '')).toBe(report.paragraphs[0]?.sentences[0]?.text)
    const sub = document.getElementsByTagNameNS(ssmlNs, 'sub')[0]
    expect([sub?.textContent, sub?.getAttribute('alias')]).toEqual(['Tokayev', 'toe-kye-"yev" & <co>'])
    const pls = parseXml(pronunciationLexicon(glossaryOf(report), 'en'))
    expect(pls.getElementsByTagName('alias')[0]?.textContent).toBe('toe-kye-"yev" & <co>')
  })

  it('PLS is a W3C pronunciation lexicon of the glossary names', async () => {
    const app = await bundledApp()
    const report = await seedReport()
    const response = await app.request('/pronunciations.pls')
    expect(response.headers.get('content-type')).toBe('application/pls+xml; charset=utf-8')
    const document = parseXml(await response.text())
    const lexicon = document.documentElement
    expect(lexicon?.namespaceURI).toBe('http://www.w3.org/2005/01/pronunciation-lexicon')
    expect(lexicon?.getAttribute('version')).toBe('1.0')
    expect(lexicon?.getAttribute('alphabet')).toBe('ipa')
    const lexemes = [...document.getElementsByTagName('lexeme')].map((lexeme) => [
      lexeme.getElementsByTagName('grapheme')[0]?.textContent,
      lexeme.getElementsByTagName('alias')[0]?.textContent
    ])
    for (const entry of glossaryOf(report).filter((item) => item.pronunciation?.say)) {
      expect(lexemes).toContainEqual([entry.term, entry.pronunciation?.say])
    }
    expect((await app.request('/pronunciations.pls?lang=<x>')).status).toBe(400)
  })

  it('plain text has every sentence of the level and no markup', async () => {
    const app = await bundledApp()
    const report = await seedReport()
    for (const level of levelNames) {
      const response = await app.request(`/articles/${seed}.txt?level=${level}`)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      const text = await response.text()
      expect(text.startsWith(`${report.title}\n`)).toBe(true)
      for (const sentence of levelText(report, level).sentences) expect(text).toContain(sentence.text)
      expect(text).not.toMatch(/<[a-z]/i)
    }
    expect((await app.request(`/articles/${seed}.txt?level=hard`)).status).toBe(400)
    expect((await app.request('/articles/no-such-article.txt')).status).toBe(404)
  })

  it('Markdown is generated from the report and reads back as exactly its text', async () => {
    const app = await bundledApp()
    const report = await seedReport()
    for (const level of levelNames) {
      const response = await app.request(`/articles/${seed}.md?level=${level}`)
      expect(response.headers.get('content-type')).toMatch(/^text\/markdown; charset=utf-8/)
      const markdown = await response.text()
      expect(markdown).not.toContain('---\ntitle:')
      const tree = unified().use(remarkParse).parse(markdown) as Root
      expect(tree.children[0]).toMatchObject({type: 'heading', depth: 1})
      expect(toString(tree.children[0])).toBe(report.title)
      const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))
      for (const paragraph of levelText(report, level).paragraphs) {
        expect(paragraphs).toContain(paragraph.sentences.map((sentence) => sentence.text).join(' '))
      }
    }
  })

  it('escapes Markdown specials so hostile text stays text', () => {
    for (const text of ['1. <b>Bold</b> & *stars* _under_ `tick` [a](b) # x', '- dash', '+ plus', '> quote', '# head', '2) two', '=== rule', '&amp; ok', '![img](x)', 'a\\b']) {
      const tree = unified().use(remarkParse).parse(escapeMarkdown(text)) as Root
      expect(tree.children).toHaveLength(1)
      expect(tree.children[0]?.type, text).toBe('paragraph')
      expect(toString(tree.children[0]), text).toBe(text)
    }
  })

  it('Atom feed validates as XML and carries each article with its plain summary', async () => {
    const app = await bundledApp()
    const report = await seedReport()
    const response = await app.request('https://news.example/feed.xml')
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const document = parseXml(await response.text())
    const atom = 'http://www.w3.org/2005/Atom'
    expect(document.documentElement?.namespaceURI).toBe(atom)
    const entries = document.getElementsByTagNameNS(atom, 'entry')
    expect(entries).toHaveLength(1)
    const entry = entries[0]
    expect(entry?.getElementsByTagNameNS(atom, 'title')[0]?.textContent).toBe(report.title)
    expect(entry?.getElementsByTagNameNS(atom, 'summary')[0]?.textContent).toBe(report.summary)
    expect(entry?.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href')).toBe(`https://news.example/articles/${seed}`)
    expect(entry?.getElementsByTagNameNS(atom, 'updated')[0]?.textContent).toBe('2022-01-06T00:00:00Z')
  })

  it('article pages carry a NewsArticle JSON-LD data block whose speakable selectors find the title and summary', async () => {
    const app = await bundledApp()
    const report = await seedReport()
    const html = await (await app.request(`/articles/${seed}`)).text()
    const {document} = parseHTML(html)
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')]
    expect(blocks).toHaveLength(1)
    const data = JSON.parse(blocks[0]?.textContent ?? '') as {
      '@type': string
      headline: string
      datePublished: string
      speakable: {cssSelector: string[]}
    }
    expect(data).toMatchObject({'@type': 'NewsArticle', headline: report.title, datePublished: '2022-01-06'})
    expect(data.speakable.cssSelector).toEqual(['#article-title', '#article-summary'])
    expect(squash(document.querySelector('#article-title')?.textContent ?? '')).toBe(report.title)
    expect(squash(document.querySelector('#article-summary')?.textContent ?? '')).toBe(squash(report.summary ?? ''))
    const alternates = [...document.querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute('type'), link.getAttribute('href')])
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['application/atom+xml', '/feed.xml'],
        ['text/plain', `/articles/${seed}.txt?level=plain`],
        ['text/markdown', `/articles/${seed}.md?level=plain`],
        ['application/ssml+xml', `/articles/${seed}/speech.ssml?level=plain`]
      ])
    )
    for (const [, href] of alternates) expect((await app.request(href ?? '')).status, href ?? '').toBe(200)
  })

  it('a JSON-LD data block cannot be closed by article text', () => {
    const text = jsonForScriptBlock({headline: '</script><script>alert(1)</script> & <!--'})
    expect(text).not.toMatch(/[<>&]/)
    expect(JSON.parse(text)).toEqual({headline: '</script><script>alert(1)</script> & <!--'})
  })
})
