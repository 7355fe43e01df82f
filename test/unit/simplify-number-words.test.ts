import {describe, expect, it} from 'vitest'
import {readNumberWords, scaleValue, unitValue} from '../../src/simplify/number-words.ts'

describe('number words', () => {
  it('reads unit and scale words in any case, and nothing else', () => {
    expect(unitValue('seven')).toBe(7)
    expect(unitValue('Seven')).toBe(7)
    expect(unitValue('NINETY')).toBe(90)
    expect(unitValue('Twenty-One')).toBe(21)
    expect(unitValue('twenty-ten')).toBeUndefined()
    expect(unitValue('Apple')).toBeUndefined()
    expect(unitValue('1990')).toBeUndefined()
    expect(unitValue('')).toBeUndefined()
    expect(unitValue('constructor')).toBeUndefined()
    expect(scaleValue('Thousand')).toBe(1000)
    expect(scaleValue('trillion')).toBe(1e12)
    expect(scaleValue('hundreds')).toBeUndefined()
    expect(scaleValue('Élan')).toBeUndefined()
  })

  it('reads runs of number words', () => {
    expect(readNumberWords(['A', 'thousand', 'people'])).toEqual({value: 1000, length: 2})
    expect(readNumberWords(['two', 'hundred', 'and', 'twenty', 'years'])).toEqual({value: 220, length: 4})
    expect(readNumberWords(['Three', 'Million'])).toEqual({value: 3e6, length: 2})
    expect(readNumberWords(['thousand'])).toBeUndefined()
    expect(readNumberWords(['many', 'people'])).toBeUndefined()
  })
})
