import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {isEdgeChrome} from '../../src/read/site-chrome.ts'
import {textToArticle} from '../../src/read/text-to-article.ts'

const seed = readFileSync(new URL('../../../shared/seed/000_b8e0d7ba9690e0e6.txt', import.meta.url), 'utf8')
const shipped = readFileSync(new URL('../../content/kazakhstan-russian-alliance-troops.md', import.meta.url), 'utf8')
const shippedBody = shipped.slice(shipped.indexOf('\n---\n', 4) + 5).trim()

describe('textToArticle: a pasted article', () => {
  it('takes the headline line as the title and drops the trailing “Leave a Comment”', () => {
    const article = textToArticle(seed)
    expect(article?.title).toBe('Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops')
    expect(article?.titleFound).toBe(true)
    expect(article?.markdown.trim()).toBe(shippedBody)
    expect(article?.dateline).toBe('Moscow')
  })

  it.each([
    ['Windows line endings', seed.replace(/\n/g, '\r\n')],
    ['“Share this” and a comment count after the article', `${seed}\n\nShare this:\nFacebook\nTwitter\n\n12 Comments`],
    ['chrome on the line right after the last paragraph', seed.replace('\n\nLeave a Comment', '\nLeave a comment »')],
    ['navigation before the headline', `Skip to content\nMenu\n\n${seed}`],
    ['an advertisement label between paragraphs', seed.replace('\n\nPolice warned', '\n\nAdvertisement\n\nPolice warned')],
    ['“Related articles” and a tag line', `${seed}\n\nRelated articles\n\nTags: Kazakhstan, Russia`],
    ['a byline under the headline', seed.replace('\n\nMOSCOW', '\n\nBy Jane Doe and Ali Khan\n\nMOSCOW')],
    ['extra blank lines and spaces', seed.replace(/\n\n/g, '\n   \n\n').concat('\n\n\n')]
  ])('gives the same title and body with %s', (_, text) => {
    const article = textToArticle(text)
    expect(article?.title).toBe('Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops')
    expect(article?.markdown.trim()).toBe(shippedBody)
  })

  it('reads one paragraph per line when the text has no blank lines', () => {
    const article = textToArticle(seed.replace(/\n\n/g, '\n'))
    expect(article?.title).toBe('Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops')
    expect(article?.markdown.trim()).toBe(shippedBody)
  })

  it('keeps a first line that is a sentence as text, with a neutral title', () => {
    const article = textToArticle('The council met on Monday.\n\nIt voted 7 to 2 to close the pool.')
    expect(article?.title).toBe('Your article')
    expect(article?.titleFound).toBe(false)
    expect(article?.markdown).toBe('The council met on Monday.\n\nIt voted 7 to 2 to close the pool.\n')
  })

  it('takes a Markdown heading or front matter as the title', () => {
    expect(textToArticle('# Pool to close\n\nThe council voted 7 to 2.')?.title).toBe('Pool to close')
    const withMatter = textToArticle('---\ntitle: Pool to close\nlang: en-GB\ndate: 2024-05-01\n---\n\nThe council voted 7 to 2.')
    expect(withMatter).toMatchObject({title: 'Pool to close', lang: 'en-GB', date: '2024-05-01'})
    expect(withMatter?.markdown).toBe('The council voted 7 to 2.\n')
  })

  it('escapes Markdown in plain text, so its characters stay text', () => {
    const article = textToArticle('Prices rose\n\n1. Fuel went up by 5*3 units.\n# not a heading', 'text')
    expect(article?.markdown).toBe('1\\. Fuel went up by 5\\*3 units.\n\\# not a heading\n')
  })

  it('returns nothing when only site chrome is left', () => {
    expect(textToArticle('Share this\n\nLeave a Comment\n\n3 Comments')).toBeUndefined()
    expect(textToArticle('   \n\n  ')).toBeUndefined()
  })

  it('never treats a sentence as chrome', () => {
    expect(isEdgeChrome('Leave a Comment')).toBe(true)
    expect(isEdgeChrome('Share this article')).toBe(true)
    expect(isEdgeChrome('47 comments')).toBe(true)
    expect(isEdgeChrome('The minister did not comment on the share price.')).toBe(false)
    expect(isEdgeChrome('Comments from the mayor angered residents, who said the plan would fail.')).toBe(false)
  })
})
