import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const out = (text: string): string => simplifySentence(text, {level: 'plain'}).sentences.join(' ')

describe('wordy-phrase and “known as”', () => {
  it('keeps the sense of “better known as” and leaves “best known as” alone', () => {
    expect(out('Kevin Ferguson, better known as Kimbo Slice, is a fighter.')).toBe('Kevin Ferguson, usually called Kimbo Slice, is a fighter.')
    expect(out('He is best known as a poet.')).toBe('He is best known as a poet.')
    expect(simplifySentence('He is best known as a poet.', {level: 'plain'}).applied).toEqual([])
  })
  it('still shortens a plain “known as” in the same sentence', () => {
    expect(out('He is well known as a poet and was known as Bob.')).toBe('He is well known as a poet. He was called Bob.')
  })
})
