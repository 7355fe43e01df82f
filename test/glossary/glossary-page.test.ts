import {parseHTML} from 'linkedom'
import {describe, expect, it} from 'vitest'
import {bundledApp} from '../helpers/serve-app.ts'

const seed = '/articles/kazakhstan-russian-alliance-troops'
const pasted = `---
title: Leaders meet
date: 2024-03-01
lang: en
---

The IMF and the WHO met in Geneva. The CSTO did not.
`
const app = await bundledApp([{path: 'content/leaders-meet.md', text: pasted}])

async function page(path: string) {
  const response = await app.request(path)
  expect(response.status).toBe(200)
  return parseHTML(await response.text()).document
}

/** Term links in the text as `words → #entry`. */
function termLinks(document: Document): string[] {
  return [...document.querySelectorAll('.sentence a.term')].map((link) => `${link.textContent} → ${link.getAttribute('href')}`)
}

describe('glossary on the article page', () => {
  it.each([seed, `${seed}?level=original`, `${seed}?level=easy`])('%s links the seed terms to their entries, and each entry is there', async (path) => {
    const document = await page(path)
    const links = termLinks(document)
    expect(links).toContain('Collective Security Treaty Organization → #term-csto')
    expect(links.filter((link) => link.endsWith('#term-post-soviet'))).toEqual(['post-Soviet → #term-post-soviet'])
    // The easy version says `GDP per person` (easy-periphrasis), an alias of the term.
    const gdp = path.endsWith('level=easy') ? 'GDP per person' : 'GDP per capita'
    expect(links.filter((link) => link.endsWith('#term-gdp-per-capita'))).toEqual([`${gdp} → #term-gdp-per-capita`])
    for (const href of new Set(links.map((link) => link.split(' → ')[1]))) {
      expect(document.querySelector(`dl.glossary-list ${href}, dl.glossary-list > div${href}`), href).not.toBeNull()
    }
  })

  it('shows a <dl> of <dfn> terms with plain definitions, expansions, pronunciations, a hidden Hear this button and a back-link', async () => {
    const document = await page(`${seed}?level=original`)
    const entry = (id: string) => document.getElementById(id)
    expect(entry('term-csto')?.closest('dl')).not.toBeNull()
    expect(entry('term-csto')?.querySelector('dt dfn')?.textContent).toBe('CSTO')
    expect(entry('term-csto')?.querySelector('dt')?.textContent).toBe('CSTO (Collective Security Treaty Organization)')
    expect(entry('term-post-soviet')?.querySelector('dd .glossary-definition')?.textContent).toMatch(/Soviet Union/)
    expect(entry('term-gdp-per-capita')?.querySelector('.glossary-example')?.textContent).toMatch(/about \$10,000 a year/)
    expect(entry('term-tokayev')?.querySelector('.glossary-pronunciation')?.textContent).toBe('Say it: toh-KYE-ev')
    const hear = entry('term-tokayev')?.querySelector('button.hear')
    expect(hear?.hasAttribute('hidden')).toBe(true)
    expect(hear?.getAttribute('type')).toBe('button')
    expect(hear?.getAttribute('data-hear')).toBe('toe-kye-yev. The president of Kazakhstan since 2019. His full name is Kassym-Jomart Tokayev.')
    expect(hear?.textContent).toBe('Hear this: Tokayev')
    expect(hear?.querySelector('.visually-hidden')?.textContent).toBe(': Tokayev')
    // Back-link: to the first use of the term in the text, which has that id.
    const back = entry('term-csto')?.querySelector('a.back-link')?.getAttribute('href')
    expect(back).toBe('#use-term-csto')
    expect(document.getElementById('use-term-csto')?.closest('.sentence')?.id).toBe('s1')
    // One link per term and version, so every id is unique on the page.
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id)
    expect(ids.length).toBe(new Set(ids).size)
  })

  it('spells an abbreviation out at its first use in the simpler versions, and only there (G97); the original stays as written', async () => {
    for (const level of ['plain', 'easy']) {
      const document = await page(`${seed}?level=${level}`)
      const text = [...document.querySelectorAll('.level-body .sentence')].map((sentence) => sentence.textContent).join(' ')
      const links = [...document.querySelectorAll('.sentence a.term[href="#term-nato"]')].map((link) => link.textContent)
      // The easy version may leave out the aside that names NATO (detail); wherever a version uses it, it is spelled out once.
      if (level === 'easy' && !text.includes('NATO')) {
        expect(links).toEqual([])
        continue
      }
      expect(text.split('NATO (North Atlantic Treaty Organization)'), level).toHaveLength(2)
      expect(links).toEqual(['NATO'])
    }
    const original = await page(`${seed}?level=original`)
    expect(original.querySelector('.article-body')?.textContent).not.toContain('North Atlantic Treaty Organization')
    expect([...original.querySelectorAll('.sentence a.term[href="#term-nato"]')].map((link) => link.textContent)).toEqual(['NATO'])
  })

  it('lists abbreviations with no entry as terms you may not know, with no definition invented', async () => {
    const document = await page('/articles/leaders-meet?level=original')
    const section = document.querySelector('.unknown-terms')
    expect(section?.querySelector('h2')?.textContent).toBe('Terms you may not know')
    expect([...(section?.querySelectorAll('.unknown-term') ?? [])].map((term) => term.textContent)).toEqual(['IMF', 'WHO'])
    expect(termLinks(document)).toEqual(['CSTO → #term-csto'])
    expect([...document.querySelectorAll('dfn')].map((term) => term.textContent)).toEqual(['CSTO'])
  })

  it('gives the glossary and the unexplained abbreviations in the JSON report', async () => {
    const report = (await (await app.request('/api/articles/leaders-meet')).json()) as {
      glossary: {term: string; occurrences: unknown[]}[]
      unknownTerms: {text: string; ruleId: string}[]
      messages: {source: string; ruleId: string; severity: string}[]
    }
    expect(report.glossary.map((entry) => [entry.term, entry.occurrences])).toEqual([['CSTO', [{sentenceId: 's2', start: 4, end: 8}]]])
    expect(report.unknownTerms.map((term) => term.text)).toEqual(['IMF', 'WHO'])
    expect(report.messages.filter((message) => message.source === 'plainread-glossary').map((message) => message.ruleId)).toEqual([
      'unexplained-abbreviation',
      'unexplained-abbreviation'
    ])
  })

  it('POST /api/analyze reports unexplained abbreviations for pasted text', async () => {
    const response = await app.request('/api/analyze', {
      method: 'POST',
      headers: {'content-type': 'text/plain; charset=utf-8'},
      body: 'The IMF and the WHO met in Geneva.'
    })
    expect(response.status).toBe(200)
    const report = (await response.json()) as {glossary: unknown[]; unknownTerms: {text: string; ruleId: string}[]}
    expect(report.glossary).toEqual([])
    expect(report.unknownTerms).toEqual([
      {text: 'IMF', ruleId: 'unexplained-abbreviation', sentenceId: 's1'},
      {text: 'WHO', ruleId: 'unexplained-abbreviation', sentenceId: 's1'}
    ])
  })
})
