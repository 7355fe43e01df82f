import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const easy = (text: string): string[] => simplifySentence(text, {level: 'easy'}).sentences
const plain = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('easy-word (easy)', () => {
  it('swaps hard words for common ones of the same meaning, in the context where the meaning holds', () => {
    expect(easy('He did not specify how many soldiers would be mobilized.')).toEqual(['He did not say how many soldiers would be called up.'])
    expect(easy('Authorities reported that about 1,000 people were injured.')).toEqual(['The people in charge said that about 1,000 people were hurt.'])
    expect(easy('Some protesters arrived with firearms.')).toEqual(['Some protesters arrived with guns.'])
    expect(easy('Previous versions were based on Knoppix.')).toEqual(['Earlier versions were based on Knoppix.'])
    expect(easy('The alliance is deploying troops.')).toEqual(['The alliance is sending troops.'])
    expect(easy('The match was postponed because of the rain.')).toEqual(['The match was put off because of the rain.'])
    expect(easy('The old houses were demolished last year.')).toEqual(['The old houses were torn down last year.'])
  })

  it('leaves a word alone where the swap would change the meaning', () => {
    expect(easy('Doctors treated the injured in a tent.')).toEqual(['Doctors treated the injured in a tent.'])
    expect(easy('If you must specify a font size, use a relative size.')[0]).toContain('specify')
    expect(easy('The police reported the crime to the mayor.')[0]).toContain('reported')
    expect(easy('The airbags deployed in the crash.')[0]).toContain('deployed')
    expect(easy('The company is deploying its new software.')[0]).toContain('deploying')
  })

  it('never touches quotations, and never runs at plain', () => {
    expect(easy('He called it “a previous life”.')).toEqual(['He called it “a previous life”.'])
    expect(plain('About 1,000 people were injured.')).toEqual(['About 1,000 people were injured.'])
  })
})
