import {describe, expect, it} from 'vitest'
import {matchTerms} from '../../src/glossary/match-terms.ts'
import type {LevelDraft} from '../../src/simplify/build-level.ts'
import {expandAbbreviations} from '../../src/simplify/expand-abbreviations.ts'

const glossary = [
  {term: 'NATO', expansion: 'North Atlantic Treaty Organization'},
  {term: 'GDP per capita', expansion: null},
  {term: 'CSTO', expansion: 'Collective Security Treaty Organization', aliases: ['Russian-led alliance']}
]

function draft(...texts: string[][]): LevelDraft {
  return {
    name: 'plain',
    source: 'automatic',
    rejections: [],
    warnings: [],
    paragraphs: texts.map((sentences, index) => ({
      from: `p${index + 1}`,
      sentences: sentences.map((text, at) => ({text, from: [`s${at + 1}`], rules: []}))
    }))
  }
}

const texts = (result: LevelDraft) => result.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text))

describe('expandAbbreviations', () => {
  const expand = (value: LevelDraft) => expandAbbreviations(value, glossary, (text) => matchTerms(text, glossary))

  it('spells out an abbreviation at its first use only, and says so', () => {
    const result = expand(draft(['It is like NATO.', 'NATO met.'], ['The CSTO and NATO met.']))
    expect(texts(result)).toEqual([
      'It is like NATO (North Atlantic Treaty Organization).',
      'NATO met.',
      'The CSTO (Collective Security Treaty Organization) and NATO met.'
    ])
    expect(result.paragraphs[0]?.sentences[0]?.rules).toEqual([
      {rule: 'expand-abbreviation', reason: 'Spelled out “NATO” the first time it is used.'}
    ])
    expect(result.paragraphs[0]?.sentences[1]?.rules).toEqual([])
  })

  it('leaves a sentence that already spells it out, an alias, and entries with no expansion alone', () => {
    const input = draft(['The North Atlantic Treaty Organization (NATO) met.', 'A Russian-led alliance sent troops.', 'GDP per capita rose.'])
    expect(texts(expand(input))).toEqual(texts(input))
  })

  it('expands two abbreviations in one sentence at the right places', () => {
    expect(texts(expand(draft(['NATO and the CSTO talked.'])))).toEqual([
      'NATO (North Atlantic Treaty Organization) and the CSTO (Collective Security Treaty Organization) talked.'
    ])
  })
})
