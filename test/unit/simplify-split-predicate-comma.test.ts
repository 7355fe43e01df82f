import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const out = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('split-verb-phrases after a comma', () => {
  it('splits “…, and was …” and “…, but lost …”, repeating the short subject', () => {
    expect(out('The show had a revival on cable in 2002, and was renamed Whammy.')).toEqual([
      'The show had a revival on cable in 2002.',
      'The show was renamed Whammy.'
    ])
    expect(out('Goya sent entries to the academy in 1763 and 1766, but was denied entrance.')).toEqual([
      'Goya sent entries to the academy in 1763 and 1766.',
      'But Goya was denied entrance.'
    ])
    expect(out('The storm weakened over land on Monday, but regained strength at night.')).toEqual([
      'The storm weakened over land on Monday.',
      'But the storm regained strength at night.'
    ])
  })
  it('does not split “but” without a comma, or after a capitalised common word that may be a name', () => {
    expect(out('The storm weakened over land but regained strength at night.')).toHaveLength(1)
    expect(out('Biological classification is a kind of taxonomy, but should be told apart from folk taxonomy.')).toHaveLength(1)
  })
})
