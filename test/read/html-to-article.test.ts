import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {htmlToArticle as extract, isPageProblem} from '../../src/read/html-to-article.ts'
import type {ReadArticle} from '../../src/read/read-article.ts'

/** The article of a page, or `undefined` when the page has a problem. */
function htmlToArticle(html: string): ReadArticle | undefined {
  const found = extract(html)
  return isPageProblem(found) ? undefined : found
}

/** What a fixture page's article must be: title, first and last words, what must be in it and what never. */
interface Case {
  readonly article?: false
  readonly title?: string
  readonly first?: string
  readonly last?: string
  readonly paragraphs?: number
  readonly present?: readonly string[]
  readonly absent?: readonly string[]
}

const root = new URL('../fixtures/read-pages/', import.meta.url)
const cases = readdirSync(root).sort()

describe('htmlToArticle: only the article of a whole web page', () => {
  it('has several fixture pages of different structures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5)
  })

  it.each(cases)('%s', async (name) => {
    const source = readFileSync(new URL(`${name}/source.html`, root), 'utf8')
    const expected = JSON.parse(readFileSync(new URL(`${name}/case.json`, root), 'utf8')) as Case
    const article = htmlToArticle(source)
    if (expected.article === false) {
      expect(extract(source)).toEqual({problem: 'no-article'})
      return
    }
    expect(article).toBeDefined()
    if (!article) return
    const paragraphs = article.markdown.trim().split('\n\n')
    const text = article.markdown.replace(/\\(.)/g, '$1')
    expect(article.title).toBe(expected.title)
    if (expected.first) expect(paragraphs.at(0)).toMatch(new RegExp(`^${escape(expected.first)}`))
    if (expected.last) expect(paragraphs.at(-1)?.replace(/\\(.)/g, '$1')).toMatch(new RegExp(`${escape(expected.last)}$`))
    if (expected.paragraphs !== undefined) expect(paragraphs).toHaveLength(expected.paragraphs)
    for (const phrase of expected.present ?? []) expect(text).toContain(phrase)
    for (const phrase of expected.absent ?? []) expect(text).not.toContain(phrase)
    // The whole extracted article, reviewed once and regenerated with `vitest -u`.
    await expect(`# ${article.title}\n\n${article.markdown}`).toMatchFileSnapshot(`../fixtures/read-pages/${name}/expected.md`)
  })

  it('takes the headline without the site name, the language and the date from the page', () => {
    const article = htmlToArticle(readFileSync(new URL('news-div-soup/source.html', root), 'utf8'))
    expect(article).toMatchObject({title: 'Heatwave: Hospitals Put on Alert as Temperatures Hit 41C', lang: 'en', date: '2023-07-18', dateline: 'London'})
    const semantic = htmlToArticle(readFileSync(new URL('semantic-html5/source.html', root), 'utf8'))
    expect(semantic).toMatchObject({lang: 'en-GB', date: '2023-11-02'})
  })

  it('reads a fragment of HTML without <html> or <body>', () => {
    const article = htmlToArticle(
      '<h1>Bridge to reopen</h1><p>The Elm Street bridge will reopen on 4 May after two years of repairs, the city said on Friday.</p><p>Share this</p><p>The work cost $3 million and added a path for bikes, officials said in a statement.</p>'
    )
    expect(article?.markdown).toBe(
      'The Elm Street bridge will reopen on 4 May after two years of repairs, the city said on Friday.\n\nThe work cost $3 million and added a path for bikes, officials said in a statement.\n'
    )
  })

  it('never runs or keeps scripts, styles or markup', () => {
    const article = htmlToArticle(
      '<html><body><script>alert(1)</script><style>p{}</style><article><p onclick="x()">The school will open a new library in <b>September</b>, with 5,000 books and 20 computers for pupils.</p><p>&lt;script&gt; is how a web page starts a program, the teacher explained to the class.</p></article></body></html>'
    )
    expect(article?.markdown).not.toContain('alert')
    expect(article?.markdown).toContain('in September, with 5,000 books')
    expect(article?.markdown).toContain('\\<script\\> is how')
  })
})

describe('htmlToArticle: any page in bounded time', () => {
  it('refuses pages nested too deeply, before parsing them', () => {
    expect(extract(`${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}`)).toEqual({problem: 'too-deep'})
  })

  it('refuses pages with too many elements or words', () => {
    expect(extract('<p>a</p>'.repeat(40_000))).toEqual({problem: 'too-many-elements'})
    expect(extract(`<article><p>${'word '.repeat(50_000)}</p></article>`)).toEqual({problem: 'too-many-words'})
  })

  it('drops scripts, styles and comments before parsing, even left open', () => {
    const page = `<html><body><article><p>The mayor said on Monday that the bridge will open in May, after two years of work on it.</p><p>It cost $3 million, the city said in a statement released to reporters.</p></article>${'<script>'.repeat(20_000)}<!-- open`
    const found = htmlToArticle(page)
    expect(found?.markdown).toContain('The mayor said on Monday')
  })
})

/** Escape a string for use in a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
