import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const out = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('split-trailing-appositive', () => {
  it('gives a description after a name at the end its own sentence, in the tense of the sentence', () => {
    expect(out('Her mother was related to Charles Reade, a Victorian novelist.')).toEqual([
      'Her mother was related to Charles Reade.',
      'Charles Reade was a Victorian novelist.'
    ])
    expect(out('This season, Tranmere Rovers are playing in League One, the third tier of English football.')).toEqual([
      'This season, Tranmere Rovers are playing in League One.',
      'League One is the third tier of English football.'
    ])
  })
  it('leaves lists, the tail of a longer name and clauses alone', () => {
    for (const text of [
      'The force is made up of the Royal Navy, the Army and the Air Force.',
      'The monastery was rebuilt by lord Smbat of the House of Orbelian, a branch of the Liparitids.',
      'They visited Paris, London, Rome, the capital of Italy.',
      'He met John Smith, a man who later became mayor.'
    ]) {
      expect(simplifySentence(text, {level: 'plain'}).applied.map((note) => note.rule)).not.toContain('split-trailing-appositive')
    }
  })
})

describe('split-comma-clause', () => {
  it('never leaves a part that opens with a verb as a sentence of its own', () => {
    expect(out('Held from 17 June to 19 June 1944, this celebration was called the Jubilee by Carl Diem.')[0]).not.toBe('Held from 17 June to 19 June 1944.')
  })
})

describe('split-relative-clause', () => {
  it('does not split a clause after which the main sentence goes on', () => {
    const text = 'He played for the Atlanta Falcons, who drafted him in the twelfth round, and then for the Washington Redskins.'
    expect(simplifySentence(text, {level: 'plain'}).applied.map((note) => note.rule)).not.toContain('split-relative-clause')
  })
  it('still splits a clause that ends the sentence', () => {
    expect(out('Two and a Half Men is an American sitcom, which premiered on CBS on Monday, September 22, 2003.')).toEqual([
      'Two and a Half Men is an American sitcom.',
      'It was first shown on CBS on Monday, September 22, 2003.'
    ])
  })
})

describe('split-past-participle', () => {
  it('does not take a second phrase for the main verb when the sentence already has one', () => {
    const text = 'The bay is in California, surrounded by a region called the Bay Area, dominated by large cities.'
    const sentences = out(text)
    expect(sentences[0]).toBe('The bay is in California.')
    expect(sentences.join(' ')).not.toContain('California dominated')
  })
})
