import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const plain = (text: string) => simplifySentence(text, {level: 'plain'})

describe('split-lifespan', () => {
  it('gives a birth date in brackets its own sentence', () => {
    const result = plain('Lisa Donovan (born June 11, 1981) is an actress.')
    expect(result.sentences).toEqual(['Lisa Donovan is an actress.', 'Lisa Donovan was born on June 11, 1981.'])
    expect(result.applied.map((note) => note.rule)).toContain('split-lifespan')
    expect(plain('Hilari Bell (born in 1958) is a writer.').sentences).toEqual(['Hilari Bell is a writer.', 'Hilari Bell was born in 1958.'])
  })
  it('turns two dates of a life into “lived from … to …”', () => {
    expect(plain('Bruno Mora (29 March 1937 - 10 December 1986) was an Italian footballer.').sentences).toEqual([
      'Bruno Mora was an Italian footballer.',
      'Bruno Mora lived from 29 March 1937 to 10 December 1986.'
    ])
    // Two years only when the sentence calls the name a person.
    expect(plain('Jo Park (1904 – 1961) was a poet.').sentences).toEqual(['Jo Park was a poet.', 'Jo Park lived from 1904 to 1961.'])
  })
  it('leaves ranges that may not be a life, and letters after a name, alone', () => {
    for (const text of [
      'Gran Colombia (1819 – 1831) was a country in South America.',
      'The Korean War (1950 – 1953) was a war.',
      'Toller Cranston, CM (born April 20, 1949) is a skater.',
      'Lisa Donovan (born in Ohio) is an actress.'
    ]) {
      expect(plain(text).applied.map((note) => note.rule)).not.toContain('split-lifespan')
    }
  })
  it('keeps every number and ends a sentence that ends in a number with one full stop', () => {
    const text = plain('Elizabeth Ann Smart (born November 3, 1987) was taken at the age of 14.').sentences.join(' ')
    for (const number of ['3', '1987', '14']) expect(text).toContain(number)
    expect(text).not.toContain('..')
  })
})
