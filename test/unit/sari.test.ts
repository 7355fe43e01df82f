import {describe, expect, it} from 'vitest'
import {corpusFkgl, countSyllablesEasse} from '../../bench/simplify/fkgl.ts'
import {corpusSari} from '../../bench/simplify/sari.ts'
import {normalize, tokenize13a} from '../../bench/simplify/tokenize-13a.ts'

describe('13a tokenisation (sacrebleu) as EASSE normalises', () => {
  it('splits punctuation and symbols, keeps decimals and thousands', () => {
    expect(tokenize13a('Hello, world.')).toBe('Hello , world .')
    expect(tokenize13a('It cost $1,000.50 (about).')).toBe('It cost $ 1,000.50 ( about ) .')
    expect(tokenize13a('pages 3-4')).toBe('pages 3 - 4')
    expect(tokenize13a("it's")).toBe("it's")
  })
  it('lower-cases before tokenising', () => {
    expect(normalize('The City, Today.')).toBe('the city , today .')
  })
})

describe('corpusSari (EASSE corpus_sari)', () => {
  // Worked by hand. Original "a b c", system "a b d", one reference "a d".
  // Unigrams: add P=1 R=1 F1=1; keep: kept by system {a,b}, by reference {a}, correct {a}: P=1/2 R=1 F1=2/3;
  //   delete: by system {c}, by reference {b,c}, correct {c}: P=1 R=1/2 F1=2/3.
  // Bigrams: add {b d} not in reference: 0; keep: nothing kept by the reference: 0;
  //   delete: by system {b c}, by reference {a b, b c}: P=1 R=1/2 F1=2/3.
  // Trigrams: add 0, keep 0, delete {a b c} by both: F1=1. 4-grams: none, 0 each.
  // add = 1/4, keep = (2/3)/4 = 1/6, delete = (2/3 + 2/3 + 1)/4 = 7/12; SARI = 100 × (1/4 + 1/6 + 7/12) / 3 = 100/3.
  it('matches the hand-worked example', () => {
    const scores = corpusSari(['a b c'], ['a b d'], [['a d']])
    expect(scores.add).toBeCloseTo(25, 10)
    expect(scores.keep).toBeCloseTo(100 / 6, 10)
    expect(scores.delete).toBeCloseTo(700 / 12, 10)
    expect(scores.sari).toBeCloseTo(100 / 3, 10)
  })
  it('scores deletion by precision only when asked (Xu et al. 2016)', () => {
    // delete = (1 + 1 + 1 + 0)/4 = 3/4; SARI = 100 × (1/4 + 1/6 + 3/4) / 3.
    const scores = corpusSari(['a b c'], ['a b d'], [['a d']], {useF1ForDeletion: false})
    expect(scores.sari).toBeCloseTo((100 * (1 / 4 + 1 / 6 + 3 / 4)) / 3, 10)
  })
  it('weights keep and delete by the number of references, and sums over the corpus', () => {
    // Copying the input: nothing added or deleted, keep recall 1.
    const copy = corpusSari(['a b', 'c d'], ['a b', 'c d'], [['a', 'c d'], ['a b', 'd']])
    expect(copy.add).toBe(0)
    expect(copy.delete).toBe(0)
    expect(copy.keep).toBeGreaterThan(0)
    // A perfect match with every reference scores higher than the copy.
    const perfect = corpusSari(['a b c'], ['a d'], [['a d'], ['a d']])
    expect(perfect.sari).toBeGreaterThan(corpusSari(['a b c'], ['a b c'], [['a d'], ['a d']]).sari)
  })
  it('is case- and tokenisation-insensitive as EASSE is', () => {
    const a = corpusSari(['The cat sat.'], ['The cat.'], [['the cat .']])
    const b = corpusSari(['the cat sat .'], ['the cat .'], [['the cat .']])
    expect(a.sari).toBeCloseTo(b.sari, 10)
  })
})

describe('corpusFkgl (EASSE corpus_fkgl)', () => {
  it('counts syllables as EASSE does: vowel groups after a final e, its patterns, 0 for punctuation and digits', () => {
    expect(countSyllablesEasse('approximately')).toBe(5) // 6 vowel groups, minus `.ely$`
    expect(countSyllablesEasse('people')).toBe(1) // `peopl`: one group
    expect(countSyllablesEasse('hospitalized')).toBe(5)
    expect(countSyllablesEasse('the')).toBe(1) // EASSE's exception list
    expect(countSyllablesEasse('.')).toBe(0)
    expect(countSyllablesEasse('1,000')).toBe(0)
  })
  // Worked by hand: `approximately 1,000 people were hospitalized .` is 6 tokens (punctuation counts as a
  // word), 5 + 0 + 1 + 1 + 5 + 0 = 12 syllables, 1 sentence: 0.39 × 6 + 11.8 × 12/6 − 15.59 = 10.35.
  it('matches the hand-worked example', () => {
    expect(corpusFkgl(['Approximately 1,000 people were hospitalized.'])).toBeCloseTo(10.35, 10)
  })
  it('counts a sentence at each full stop of a line, and scores empty input 0', () => {
    expect(corpusFkgl([])).toBe(0)
    // Two lines, three sentences: the example above, `it ended .` (3 tokens, 1 + 2 syllables) and
    // `dogs bark` (2 tokens, 2 syllables): 11 tokens, 17 syllables: 0.39 × 11/3 + 11.8 × 17/11 − 15.59.
    expect(corpusFkgl(['Approximately 1,000 people were hospitalized. It ended.', 'Dogs bark'])).toBeCloseTo(
      0.39 * (11 / 3) + 11.8 * (17 / 11) - 15.59,
      10
    )
    const long = corpusFkgl(['The government, which had previously announced comprehensive reforms, postponed the implementation indefinitely.'])
    const short = corpusFkgl(['The government put off the plan. It had promised change.'])
    expect(short).toBeLessThan(long)
  })
})
