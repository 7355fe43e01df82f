import {describe, expect, it} from 'vitest'
import {formatContentError, loadArticles} from '../../src/content/load-articles.ts'

const good = `---
title: A good article
date: 2024-02-29
lang: en
---

Some text.
`

describe('loadArticles', () => {
  it('loads a valid article with its slug, meta and body line', () => {
    const {articles, errors} = loadArticles([{path: 'content/good-one.md', text: good}])
    expect(errors).toEqual([])
    expect(articles).toHaveLength(1)
    expect(articles[0]?.slug).toBe('good-one')
    expect(articles[0]?.meta).toEqual({title: 'A good article', date: '2024-02-29', lang: 'en'})
    expect(articles[0]?.bodyStartLine).toBe(6)
  })

  it('names the file and line of a bad value and keeps loading the others', () => {
    const broken = '---\ntitle: Broken\ndate: 2024-13-45\nlang: en\n---\n\nText.\n'
    const {articles, errors} = loadArticles([
      {path: 'content/broken.md', text: broken},
      {path: 'content/good-one.md', text: good}
    ])
    expect(articles.map((article) => article.slug)).toEqual(['good-one'])
    expect(errors.map(formatContentError)).toEqual(['content/broken.md:3: `date` is not a real calendar date'])
  })

  it('reports YAML syntax errors at their line', () => {
    const broken = '---\ntitle: Broken\ndate: 2024-01-01\nlang: [en\n---\n\nText.\n'
    const {errors} = loadArticles([{path: 'content/broken.md', text: broken}])
    expect(errors[0]?.path).toBe('content/broken.md')
    expect(errors[0]?.line).toBeGreaterThanOrEqual(4)
    expect(errors[0]?.reason).toMatch(/^Invalid YAML/)
  })

  it('reports missing keys, unknown keys, missing front matter and an empty body', () => {
    const {errors} = loadArticles([
      {path: 'content/a.md', text: '---\ntitle: A\nlang: en\nauthr: Me\n---\nText.'},
      {path: 'content/b.md', text: 'No front matter here.'},
      {path: 'content/c.md', text: '---\ntitle: C\ndate: 2024-01-01\nlang: en\n---\n\n'},
      {path: 'content/d.md', text: '---\ntitle: D\n'}
    ])
    expect(errors.map(formatContentError)).toEqual([
      'content/a.md:4: Unknown front matter key `authr`: expected one of title, date, lang, dateline, source, summary, targetAge, glossary',
      'content/a.md:2: Missing required front matter key `date`',
      'content/b.md:1: Expected front matter: the file must start with a `---` line',
      'content/c.md:6: The article has no body text',
      'content/d.md:1: Unclosed front matter: add a `---` line after the YAML'
    ])
  })

  it('ignores files that are not articles, such as an editor version `slug.plain.md`', () => {
    const {articles, errors} = loadArticles([
      {path: 'content/good-one.plain.md', text: good},
      {path: 'content/glossary.yaml', text: 'x: 1'}
    ])
    expect(articles).toEqual([])
    expect(errors).toEqual([])
  })

  it('rejects file names that are not slugs', () => {
    const {errors} = loadArticles([{path: 'content/Bad_Name.md', text: good}])
    expect(errors[0]?.reason).toMatch(/slug/)
  })
})
