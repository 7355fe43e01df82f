import {dictionary} from 'cmu-pronouncing-dictionary'
import {syllable} from 'syllable'
import {describe, expect, it} from 'vitest'
import {numberWords} from '../../src/readability/number-words.ts'
import {cmuEntries, wordSyllables} from '../../src/readability/syllables.ts'

/** Syllables of a CMU pronunciation, counted independently: phones ending in a stress digit. */
function phonesSyllables(phones: string): number {
  return phones
    .split('#')[0]!
    .trim()
    .split(/\s+/)
    .filter((phone) => /[012]$/.test(phone)).length
}

describe('syllables: CMU pronouncing dictionary first', () => {
  it('agrees with the CMU dictionary on 100 % of its words', () => {
    let words = 0
    const disagreements: string[] = []
    for (const [key, phones] of Object.entries(dictionary)) {
      if (/\(\d+\)$/.test(key)) continue
      words++
      const expected = phonesSyllables(phones)
      const actual = wordSyllables(key)
      if (actual.count !== expected || actual.source !== 'cmu') disagreements.push(`${key}: ${actual.count} ≠ ${expected}`)
    }
    expect(words).toBeGreaterThan(120_000)
    expect(disagreements.slice(0, 20)).toEqual([])
    expect([...cmuEntries()].length).toBe(words)
  })

  it('is right where the syllable package alone is wrong (walked, horses, going, million, GDP)', () => {
    const cases = {walked: 1, horses: 2, going: 2, million: 2, GDP: 3}
    for (const [word, count] of Object.entries(cases)) expect(wordSyllables(word).count, word).toBe(count)
    // The fallback alone gets at least one of them wrong: that is why the dictionary comes first.
    expect(Object.entries(cases).some(([word, count]) => syllable(word) !== count)).toBe(true)
  })

  it('normalises curly apostrophes, possessives and hyphens; unknown possessive names keep their stem count', () => {
    expect(wordSyllables('Kazakhstan’s')).toEqual({count: 3, source: 'cmu'})
    expect(wordSyllables('protesters’')).toEqual({count: 3, source: 'cmu'})
    expect(wordSyllables('Russian-led')).toEqual({count: 3, source: 'cmu'})
    expect(wordSyllables('anti-government').count).toBe(5)
    expect(wordSyllables('Tokayev’s').count).toBe(wordSyllables('Tokayev').count)
  })

  it('counts numbers in digits as they are read aloud, at least 1', () => {
    expect(numberWords('400')).toEqual(['four', 'hundred'])
    expect(numberWords('1,250')).toEqual(['one', 'thousand', 'two', 'hundred', 'fifty'])
    expect(numberWords('2022')).toEqual(['twenty', 'twenty', 'two'])
    expect(numberWords('3.5')).toEqual(['three', 'point', 'five'])
    expect(wordSyllables('400')).toEqual({count: 3, source: 'number'})
    expect(wordSyllables('7')).toEqual({count: 2, source: 'number'})
    expect(wordSyllables('0').count).toBeGreaterThanOrEqual(1)
    expect(wordSyllables('22nd').count).toBe(3)
    expect(wordSyllables('9'.repeat(40)).count).toBeGreaterThan(0)
  })

  it('golden: the fallback on names and new words', async () => {
    const words = ['Tokayev', 'Azirbek', 'Atyrau', 'peacekeeping', 'Saltanat', 'Kassym-Jomart', 'Almaty', 'peacebuilding', 'doomscrolling', 'COVID-19', 'Tokayev’s']
    const table = Object.fromEntries(words.map((word) => [word, wordSyllables(word)]))
    await expect(`${JSON.stringify(table, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/syllable-fallback.json')
  })
})
