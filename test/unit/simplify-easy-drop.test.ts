import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const easy = (text: string): string[] => simplifySentence(text, {level: 'easy'}).sentences
const rulesOf = (text: string): string[] => simplifySentence(text, {level: 'easy'}).applied.map((note) => note.rule)

describe('drop-inserted-phrase (easy)', () => {
  it('leaves out a participle phrase between a subject and its verb', () => {
    expect(easy('The museum, founded in 1850, holds more than 2,000 paintings.')).toEqual(['The museum holds over 2,000 paintings.'])
    expect(easy('The effort, organized by a group that is the Russian version of NATO, will be limited in time.')).toEqual([
      'The effort will be limited in time.'
    ])
  })

  it('leaves out a “besides …” or “in addition to …” aside', () => {
    expect(easy('Besides the money, the thieves took two cars.')).toEqual(['The thieves took two cars.'])
    expect(easy('Authorities reported that in addition to the deaths, about 1,000 people were injured.')).toEqual([
      'The people in charge said that about 1,000 people were hurt.'
    ])
  })

  it('never leaves out a negation, a quotation or a phrase that is no aside', () => {
    expect(easy('The vaccine, not tested on children, was approved on Friday.')).toEqual(['The vaccine, not tested on children, was approved on Friday.'])
    for (const text of [
      'The plan, “drafted in haste,” was approved.',
      'She told me, smiling, that she had won.',
      'The ship, carrying 1,200 passengers, ran aground off the coast on Friday night.',
      'In Paris, London and Rome, prices rose.'
    ]) {
      expect(rulesOf(text)).not.toContain('drop-inserted-phrase')
    }
  })
})

describe('drop-time-clause (easy)', () => {
  it('leaves out a trailing “when …” clause of a long sentence about the past', () => {
    expect(easy('Azirbek said authorities killed dozens of people when they tried to raid government buildings and police offices.')).toEqual([
      'Azirbek said the people in charge killed dozens of people.'
    ])
    expect(easy('One winter night, she was left alone while her son and his wife went to a basketball game.')).toEqual(['One winter night, she was left alone.'])
  })

  it('keeps conditions, questions, noun phrases, light verbs, short sentences and negations', () => {
    for (const text of [
      'Pethidine is fairly contraindicated for use when a patient is suffering from liver or kidney disease.',
      'The reporters asked the minister again and again when the troops had left the capital.',
      'Congress passed a law setting the date of statehood at March 1, 1803, the date when the first legislature met.',
      'Her big break as an actor came later in 2002 when she won the lead role in the animated feature.',
      'The bridge was closed when the river rose.',
      'Police said the men had not been armed when officers stopped their car on the motorway.',
      'Alexander Werth reported that while visiting the city in 1945 he saw an experimental factory.'
    ]) {
      expect(rulesOf(text)).not.toContain('drop-time-clause')
    }
  })
})

describe('drop-trailing-participle (easy)', () => {
  it('leaves out a trailing participle phrase of a long sentence', () => {
    expect(easy('It crossed the Florida peninsula that night, causing the issuance of many severe thunderstorm and tornado warnings.')).toEqual([
      'It crossed the Florida peninsula that night.'
    ])
  })

  it('keeps speech, numbers, lists of actions, negations and short sentences', () => {
    for (const text of [
      'Editors have so far released two platinum studio albums, selling over 2 million copies between them worldwide.',
      'The company reported a loss for the third year in a row, saying that demand for its cars had collapsed.',
      'Over 6,000 navvies were hired for up to two years building, blasting and clearing rubble beneath the hills.',
      'The army left the town in the night after a long siege, leaving no soldiers behind to guard it.',
      'Police opened fire, killing one person.'
    ]) {
      expect(rulesOf(text)).not.toContain('drop-trailing-participle')
    }
  })
})

describe('drop-frame-phrase (easy)', () => {
  it('leaves out a trailing “as part of …” frame of a long sentence', () => {
    expect(easy('A Russian-led military alliance started sending paratroopers to the country on Thursday as part of a peacekeeping operation.')).toEqual([
      'A Russian-led military alliance started sending paratroopers to the country on Thursday.'
    ])
  })

  it('keeps a frame holding a name or a number, and short sentences', () => {
    for (const text of [
      'It was first performed in the festival theatre as part of the complete cycle on 14 August 1876.',
      'She rose to fame in the late eighties and early nineties as part of the music group Dead Can Dance.',
      'The army sent troops as part of a peacekeeping operation.'
    ]) {
      expect(rulesOf(text)).not.toContain('drop-frame-phrase')
    }
  })
})

describe('easy never drops a negation', () => {
  it('keeps a trailing clause or a remark in brackets that holds one', () => {
    const text = 'The bill now goes to the House of Representatives, where progressive Democrats have said they will not vote for it until a larger bill is passed.'
    expect(easy(text).join(' ')).toContain('will not vote')
    expect(easy('The third digit shows the district (in areas without districts a zero is used instead).').join(' ')).toContain('without')
  })

  it('still leaves out a trailing clause without one', () => {
    expect(easy('The bill now goes to the House of Representatives, where progressive Democrats have said they will vote for it once a larger bill is passed.')).toEqual([
      'The bill now goes to the House of Representatives.'
    ])
  })
})
