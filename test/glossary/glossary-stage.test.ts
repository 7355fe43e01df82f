import {describe, expect, it} from 'vitest'
import {reportOf} from '../../src/app.tsx'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {analyze} from '../../src/report/analyze.ts'
import {contentDir} from '../helpers/serve-app.ts'

const content = loadContent(await readContentDir(contentDir))
const seed = content.articles.find((article) => article.slug === 'kazakhstan-russian-alliance-troops')
if (!seed) throw new Error('The seed article did not load')

const glossaryMessages = <Message extends {readonly source: string | undefined}>(messages: readonly Message[]): Message[] =>
  messages.filter((message) => message.source === 'plainread-glossary')

describe('glossary stage', () => {
  it('lists CSTO, post-Soviet and GDP per capita in the seed report, with plain definitions and where they occur', () => {
    const report = reportOf(seed)
    const sentences = new Map(report.paragraphs.flatMap((paragraph) => paragraph.sentences).map((sentence) => [sentence.id, sentence.text]))
    const used = (id: string) => {
      const entry = report.glossary.find((item) => item.id === id)
      return {
        term: entry?.term,
        definition: entry?.definition,
        words: entry?.occurrences.map((place) => sentences.get(place.sentenceId)?.slice(place.start, place.end))
      }
    }
    expect(used('term-csto')).toEqual({
      term: 'CSTO',
      definition: expect.stringMatching(/^A military group led by Russia\./),
      words: ['Russian-led military alliance', 'Russian-led alliance', 'Collective Security Treaty Organization']
    })
    expect(used('term-post-soviet')).toEqual({term: 'post-Soviet', definition: expect.stringContaining('Soviet Union'), words: ['post-Soviet']})
    expect(used('term-gdp-per-capita')).toEqual({term: 'GDP per capita', definition: expect.stringContaining('a year'), words: ['GDP per capita']})
    expect(report.glossary.find((item) => item.id === 'term-gdp-per-capita')?.example).toMatch(/about \$[\d,]+ a year/)
    expect(report.glossary.find((item) => item.id === 'term-tokayev')?.pronunciation).toEqual({respelling: 'toh-KYE-ev', say: 'toe-kye-yev'})
    const s16 = report.paragraphs.flatMap((paragraph) => paragraph.sentences).find((sentence) => sentence.text.includes('Collective Security'))
    expect(s16?.terms?.map((term) => term.id)).toContain('term-csto')
  })

  it('explains every abbreviation and rare word of the seed article, and gives every hard name a pronunciation', () => {
    const report = reportOf(seed)
    expect(report.unknownTerms).toEqual([])
    expect(glossaryMessages(report.messages)).toEqual([])
  })

  it('reports abbreviations the glossary lacks, and invents no definition', () => {
    const report = analyze({slug: 'pasted', title: 'Pasted', lang: 'en', markdown: 'The IMF and the WHO met in Geneva.', glossary: content.glossary.shared})
    expect(report.glossary).toEqual([])
    expect(report.unknownTerms).toEqual([
      {text: 'IMF', ruleId: 'unexplained-abbreviation', sentenceId: 's1'},
      {text: 'WHO', ruleId: 'unexplained-abbreviation', sentenceId: 's1'}
    ])
    expect(glossaryMessages(report.messages).map((message) => [message.ruleId, message.severity, message.line, message.column])).toEqual([
      ['unexplained-abbreviation', 'error', 1, 5],
      ['unexplained-abbreviation', 'error', 1, 17]
    ])
    expect(glossaryMessages(report.messages)[0]?.reason).toMatch(/^Unexpected abbreviation `IMF` with no glossary entry/)
  })

  it('reports rare words as warnings and unknown names as info, and skips a dateline and Roman numerals', () => {
    const report = analyze({
      slug: 'pasted',
      title: 'Pasted',
      lang: 'en',
      dateline: 'Geneva',
      markdown: 'GENEVA – Officials said the treaty was abrogated after World War II.\n\nMinister Zhaksylykov spoke.'
    })
    expect(glossaryMessages(report.messages).map((message) => [message.ruleId, message.severity])).toEqual([
      ['rare-word', 'warning'],
      ['missing-pronunciation', 'info']
    ])
    expect(report.unknownTerms).toEqual([{text: 'abrogated', ruleId: 'rare-word', sentenceId: 's1'}])
  })

  it.each([
    ['WASHINGTON (AP) — The Federal Reserve raised rates.', []],
    ['NEW YORK, N.Y. — The UN met.', ['UN']],
    ['STOP THE WAR NOW, they shouted.', []],
    ['Leaders of the EU, the IMF and NATO met.', ['EU', 'IMF', 'NATO']]
  ])('in %j the unexplained abbreviations are %j (datelines and shouting are not abbreviations)', (markdown, expected) => {
    const report = analyze({slug: 'pasted', title: 'Pasted', lang: 'en', markdown})
    expect(report.unknownTerms.map((term) => term.text)).toEqual(expected)
  })

  it('links nothing and finds nothing to explain in text without glossary words', () => {
    const report = analyze({slug: 'pasted', title: 'Pasted', lang: 'en', markdown: 'The cat sat on the mat.', glossary: content.glossary.shared})
    expect(report.glossary).toEqual([])
    expect(report.unknownTerms).toEqual([])
    expect(report.paragraphs[0]?.sentences[0]).toEqual({id: 's1', text: 'The cat sat on the mat.'})
  })
})
