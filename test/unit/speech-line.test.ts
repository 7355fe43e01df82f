import {describe, expect, it} from 'vitest'
import {textRange} from '../../src/speech/offset-map.ts'
import {speechLine, spokenText} from '../../src/speech/speech-line.ts'
import {analyze} from '../../src/report/analyze.ts'

const say = (text: string, lang = 'en') => speechLine('s1', text, lang).say

describe('speechLine', () => {
  it('says dates, money, percentages, units and ranges in words', () => {
    expect(say('It began on 2022-01-06.')).toBe('It began on January 6, 2022.')
    expect(say('It cost $5.2bn and €300.')).toBe('It cost 5.2 billion US dollars and 300 euros.')
    expect(say('Prices rose 12% to £1,200.')).toBe('Prices rose 12 percent to 1,200 British pounds.')
    expect(say('Cars drove at 120 km/h for 10–12 hours.')).toBe('Cars drove at 120 kilometers per hour for 10 to 12 hours.')
    expect(say('Es kostet 300 €.', 'de')).toBe('Es kostet 300 €.')
    // Not a language tag: no language's rules, and no error.
    expect(say('It cost $5 & rose 5%.', 'not a tag!')).toBe('It cost $5 & rose 5%.')
    // A symbol is spelled as the locale's own currency, and never guessed when currencies share it.
    expect(say('It cost $5.', 'en-AU')).toBe('It cost 5 Australian dollars.')
    expect(say('It cost $5.', 'ar')).toBe('It cost $5.')
  })

  it('spells initialisms, reads known capitalised words as words, and keeps sentence-final dots', () => {
    expect(say('MOSCOW – The CSTO and NATO met in the U.S.')).toBe('Moscow, The C S T O and Nato met in the U S.')
    expect(say('It has the highest GDP per capita.')).toBe('It has the highest G D P per capita.')
    expect(say('Tom & Jerry')).toBe('Tom and Jerry')
  })

  it('applies pronunciations first and maps spoken offsets back to the shown words', () => {
    const text = 'Kassym-Jomart Tokayev spoke on 2022-01-06 in Almaty.'
    const start = text.indexOf('Tokayev')
    const line = speechLine('s8', text, 'en', [{start, end: start + 7, say: 'toe-kah-YEV'}])
    expect(line.say).toBe('Kassym-Jomart Toe-kah-YEV spoke on January 6, 2022 in Almaty.')
    // A word inside a replacement maps to the whole shown stretch; a word after it shifts back.
    expect(textRange(line.map, line.say.indexOf('kah'))).toEqual([start, start + 7])
    expect(textRange(line.map, line.say.indexOf('spoke'))).toEqual([text.indexOf('spoke'), text.indexOf('spoke')])
    expect(textRange(line.map, line.say.indexOf('January'))).toEqual([text.indexOf('2022'), text.indexOf('2022') + 10])
    expect(textRange(line.map, line.say.indexOf('Almaty'))).toEqual([text.indexOf('Almaty'), text.indexOf('Almaty')])
  })

  it('gives other texts (a glossary entry to hear) the same spoken forms', () => {
    expect(spokenText('GDP per capita. In 2021 it was about $10,000.', 'en')).toBe('G D P per capita. In 2021 it was about 10,000 US dollars.')
  })

  it('leaves plain sentences alone, with an empty map', () => {
    expect(speechLine('s4', 'Police warned people to stay home.', 'en')).toEqual({
      sentenceId: 's4',
      text: 'Police warned people to stay home.',
      say: 'Police warned people to stay home.',
      map: []
    })
  })
})

describe('speech script in the report', () => {
  it('has one line per shown sentence of every version, in order, never with markup', () => {
    const report = analyze({
      slug: 'test',
      title: 'Test',
      lang: 'en',
      markdown: 'The IMF lent $3bn on 2023-05-01. Prices rose 7%.\n\nThe <b>army</b> left.'
    })
    expect(report.speech.original.map((line) => line.sentenceId)).toEqual(['s1', 's2', 's3'])
    expect(report.speech.original[0]?.say).toBe('The I M F lent 3 billion US dollars on May 1, 2023.')
    expect(report.speech.original[1]?.say).toBe('Prices rose 7 percent.')
    for (const version of [report.speech.original, report.speech.plain ?? [], report.speech.easy ?? []]) {
      for (const line of version) expect(line.say).not.toMatch(/<[a-z/!?]/i)
    }
  })
})
