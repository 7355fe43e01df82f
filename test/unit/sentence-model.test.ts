import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/report/analyze.ts'

function sentencesOf(markdown: string): string[] {
  const report = analyze({slug: 'test', title: 'Test', lang: 'en', markdown})
  return report.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text))
}

describe('sentence model', () => {
  it('keeps abbreviations, decimals and initials inside their sentence', () => {
    expect(
      sentencesOf('The U.S. sent Mr. Smith to talk. Prices rose 2.5% in Jan. 2022. J. R. R. Tolkien wrote it.')
    ).toEqual(['The U.S. sent Mr. Smith to talk.', 'Prices rose 2.5% in Jan. 2022.', 'J. R. R. Tolkien wrote it.'])
  })

  it('keeps a quotation with several sentences in one sentence', () => {
    expect(sentencesOf('He said “Stop. Go home.” and left. Then it rained.')).toEqual([
      'He said “Stop. Go home.” and left.',
      'Then it rained.'
    ])
    expect(sentencesOf('She wrote "No. Never." on the wall. It stayed.')).toEqual([
      'She wrote "No. Never." on the wall.',
      'It stayed.'
    ])
  })

  it('does not take an apostrophe for a quotation mark', () => {
    expect(sentencesOf('Kazakhstan’s cities burned. The country’s president spoke.')).toEqual([
      'Kazakhstan’s cities burned.',
      'The country’s president spoke.'
    ])
  })

  it('gives paragraphs and sentences stable ids in reading order', () => {
    const report = analyze({slug: 't', title: 'T', lang: 'en', markdown: 'One. Two.\n\nThree.'})
    expect(report.paragraphs).toEqual([
      {id: 'p1', sentences: [{id: 's1', text: 'One.'}, {id: 's2', text: 'Two.'}]},
      {id: 'p2', sentences: [{id: 's3', text: 'Three.'}]}
    ])
  })

  it('splits the seed article into exactly its 20 body sentences, none of the site chrome', () => {
    const seed = readFileSync(new URL('../../content/kazakhstan-russian-alliance-troops.md', import.meta.url), 'utf8')
    const body = seed.slice(seed.indexOf('\n---', 3) + 4)
    const sentences = sentencesOf(body)
    expect(sentences).toHaveLength(20)
    expect(sentences[0]).toMatch(/^MOSCOW – A Russian-led military alliance/)
    expect(sentences.at(-1)).toBe('It has by far the highest GDP per capita in the region and many reserves.')
    expect(sentences.join(' ')).not.toContain('Leave a Comment')
    // The reporter's slip is kept, not corrected, and does not split the sentence.
    expect(sentences[0]).toContain('hundreds. injured.')
  })
})
