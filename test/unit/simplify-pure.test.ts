import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const sentences = [
  'The company, which was founded in 1998, utilized approximately 3,500 workers, but it did not pay them.',
  'He said “we will not commence the work” before the storm subsequently moved north.',
  'Kazakhstan asked the alliance for troops after protests began in January, and Russia sent 2,000 soldiers.',
  'In 2010, the school was established by Maria Lopez (1950–2020), who resided in Lima.'
]

describe('simplifySentence is pure', () => {
  it('gives the same result for a sentence whatever was simplified before, at both levels', () => {
    for (const level of ['plain', 'easy'] as const) {
      const first = sentences.map((text) => simplifySentence(text, {level}))
      const again = [...sentences].reverse().map((text) => simplifySentence(text, {level})).reverse()
      expect(again).toEqual(first)
      expect(first.some((result) => result.applied.length > 0)).toBe(true)
    }
  })
})
