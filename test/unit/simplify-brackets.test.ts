import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const out = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('brackets-to-commas', () => {
  it('writes a short remark in brackets between commas, every word kept', () => {
    expect(out('In the play the poodle turns into the devil (Mephistopheles).')).toEqual(['In the play the poodle turns into the devil, Mephistopheles.'])
    expect(out('He was a surgeon on ships to Van Diemen’s Land (now called Tasmania) for many years.')).toEqual([
      'He was a surgeon on ships to Van Diemen’s Land, now called Tasmania, for many years.'
    ])
  })
  it('gives a measure in another unit “or”', () => {
    expect(out('It is 44 miles (71 km) northeast of Pittsburgh.')).toEqual(['It is 44 miles, or 71 km, northeast of Pittsburgh.'])
  })
  it('keeps brackets in a list, a formula, a span of years, before a colon and with punctuation inside', () => {
    for (const text of [
      'The hunters ate equines (Equus ferus) and red deer (Cervus elaphus) in winter.',
      'POP and IMAP (Internet Message Access Protocol) are two protocols for mail.',
      'For any integers, (a + b) + c = a + (b + c).',
      'His career included 4 years (1985 - 88) as a tight end.',
      'The ratings were: G (General Audiences): all ages admitted.',
      'The city (Russian: Moskva) is old.'
    ]) {
      expect(out(text)[0]).toContain('(')
    }
  })
})

describe('split-verb-phrases with a passive', () => {
  it('repeats “was” before a second participle', () => {
    expect(out('It was developed by Guerrilla Games and published by Sony Computer Entertainment.')).toEqual([
      'It was developed by Guerrilla Games.',
      'It was published by Sony Computer Entertainment.'
    ])
    expect(out('He was born in Paris in 1900 and died in Rome in 1950.')).toEqual(['He was born in Paris in 1900.', 'He died in Rome in 1950.'])
  })
})

describe('split-comma-clause', () => {
  it('never splits a description that opens with “a” or “an”', () => {
    expect(out('FIFA’s supreme body is the FIFA Congress, an assembly made up of representatives from each member.')).toHaveLength(1)
  })
})

describe('brackets-to-commas before a comma', () => {
  it('keeps brackets that commas would chain into a list', () => {
    expect(out('This was followed by the Grey League (Grauer Bund), sometimes called Oberbund, in 1395.')[0]).toContain('(Grauer Bund)')
    expect(out('The state covers an area of 74,122 sq mi (191,976 km ²), or 5.83% of the country.')[0]).toContain('(191,976 km ²)')
  })
})
