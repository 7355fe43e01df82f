import {describe, expect, it} from 'vitest'
import {formatContentError} from '../../src/content/load-articles.ts'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {definitionGrade, maxDefinitionGrade} from '../../src/glossary/definition-grade.ts'
import {contentDir} from '../helpers/serve-app.ts'

const article = (glossary = '') => `---
title: An article
date: 2024-01-02
lang: en
${glossary}---

The CSTO met the NATO chief.
`

describe('glossary loading', () => {
  it('loads entries with an id from the term, aliases, expansion, example and pronunciation', () => {
    const yaml = [
      '- term: GDP per capita',
      '  aliases: [GDP per person]',
      '  expansion: gross domestic product per person',
      '  definition: What a country makes in a year, split by its number of people.',
      '  example: About $10,000 a year for each person.',
      '- term: Almaty',
      '  definition: The largest city in Kazakhstan.',
      '  pronunciation: {respelling: al-MAH-tee, say: al-mah-tee}'
    ].join('\n')
    const content = loadContent([{path: 'content/glossary.yaml', text: yaml}])
    expect(content.errors).toEqual([])
    expect(content.glossary.shared).toEqual([
      {
        id: 'term-gdp-per-capita',
        term: 'GDP per capita',
        aliases: ['GDP per person'],
        expansion: 'gross domestic product per person',
        definition: 'What a country makes in a year, split by its number of people.',
        example: 'About $10,000 a year for each person.',
        pronunciation: null
      },
      {
        id: 'term-almaty',
        term: 'Almaty',
        aliases: [],
        expansion: null,
        definition: 'The largest city in Kazakhstan.',
        example: null,
        pronunciation: {respelling: 'al-MAH-tee', say: 'al-mah-tee'}
      }
    ])
  })

  it('reports each broken entry as content/glossary.yaml:<line>: <reason>, keeps the good ones, and articles still serve', () => {
    const yaml = [
      '- term: CSTO', //                           1
      '  definition: A military group led by Russia.', // 2
      '- term: NATO', //                           3
      '  meaning: A military group.', //           4 unknown key, and no definition
      '- definition: No term here.', //            5
      '- term: Treaty', //                         6
      '  definition: A written deal between countries.',
      '  pronunciation: {respelling: TREE-tee}', // 8 no `say`
      '- term: Alliance', //                       9
      '  aliases: [CSTO]', //                     10 claims another entry's term
      '  definition: A group that works together.',
      '- term: Empty', //                         12
      '  definition:' //                          13 empty
    ].join('\n')
    const content = loadContent([
      {path: 'content/glossary.yaml', text: yaml},
      {path: 'content/an-article.md', text: article()}
    ])
    expect(content.errors.map(formatContentError)).toEqual([
      'content/glossary.yaml:4: Unknown glossary key `meaning`: expected one of term, aliases, expansion, definition, example, pronunciation',
      'content/glossary.yaml:3: Missing required glossary key `definition` for `NATO`',
      'content/glossary.yaml:5: Missing required glossary key `term`',
      'content/glossary.yaml:8: Missing required pronunciation key `say`',
      'content/glossary.yaml:9: `CSTO` is already a term or alias of `CSTO` (line 1): a form may name one entry only',
      'content/glossary.yaml:13: `definition` must be non-empty text'
    ])
    expect(content.glossary.shared.map((entry) => entry.term)).toEqual(['CSTO'])
    expect(content.articles.map((item) => item.slug)).toEqual(['an-article'])
  })

  it('reports invalid YAML at its line and still serves the articles', () => {
    const content = loadContent([
      {path: 'content/glossary.yaml', text: '- term: CSTO\n  definition: [unclosed\n'},
      {path: 'content/an-article.md', text: article()}
    ])
    expect(content.errors).toHaveLength(1)
    expect(formatContentError(content.errors[0]!)).toMatch(/^content\/glossary\.yaml:\d+: Invalid YAML/)
    expect(content.articles).toHaveLength(1)
    expect(content.glossary.shared).toEqual([])
  })

  it('validates front matter entries by the same schema, at the line in the article, and merges them over the shared ones', () => {
    const front = ['glossary:', '  - term: CSTO', '    definition: Our own words for it.', '  - term: Broken', ''].join('\n')
    const content = loadContent([
      {path: 'content/glossary.yaml', text: '- term: CSTO\n  definition: A military group led by Russia.\n- term: NATO\n  definition: A military group.\n'},
      {path: 'content/an-article.md', text: article(front)}
    ])
    expect(content.errors.map(formatContentError)).toEqual([
      'content/an-article.md:8: glossary: Missing required glossary key `definition` for `Broken`'
    ])
    const entries = content.articles[0]?.glossary ?? []
    expect(entries.map((entry) => [entry.term, entry.definition])).toEqual([
      ['CSTO', 'Our own words for it.'],
      ['NATO', 'A military group.']
    ])
  })

  it(`every definition and example of the bundled glossaries reads at grade ${maxDefinitionGrade} or below`, async () => {
    const content = loadContent(await readContentDir(contentDir))
    const entries = [...content.glossary.shared, ...[...content.glossary.byArticle.values()].flat()]
    expect(entries.length).toBeGreaterThan(20)
    const tooHard = entries.flatMap((entry) =>
      [entry.definition, entry.example].flatMap((text) => {
        if (text === null) return []
        const grade = definitionGrade(text)
        return grade === null || grade > maxDefinitionGrade ? [`${entry.term}: ${grade} – ${text}`] : []
      })
    )
    expect(tooHard).toEqual([])
    expect(content.errors).toEqual([])
  })
})
