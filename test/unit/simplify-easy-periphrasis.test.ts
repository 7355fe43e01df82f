import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const easy = (text: string): string[] => simplifySentence(text, {level: 'easy'}).sentences
const plain = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('easy-periphrasis (easy)', () => {
  it('says the authorities with common words only as a bare plural or after “the”', () => {
    expect(easy('Authorities said that about 1,000 people were injured.')).toEqual(['The people in charge said that about 1,000 people were hurt.'])
    expect(easy('The authorities closed the road.')).toEqual(['The people in charge closed the road.'])
    expect(easy('Azirbek said authorities killed dozens of people.')).toEqual(['Azirbek said the people in charge killed dozens of people.'])
    expect(easy('Local authorities closed the road.')).toEqual(['Local authorities closed the road.'])
    expect(easy('She is an authority on birds.')).toEqual(['She is an authority on birds.'])
  })

  it('makes an announcement news only as the thing that came or with “of”', () => {
    expect(easy('The announcement of the deployment came late.')).toEqual(['The news of the deployment came late.'])
    expect(easy('That announcement came after the storm.')).toEqual(['That news came after the storm.'])
    expect(easy('He made an announcement on Friday.')).toEqual(['He made an announcement on Friday.'])
  })

  it('leaves out “earlier” after “after”, which already says the reports came before', () => {
    expect(easy('That announcement came after earlier reports of fighting.')).toEqual(['That news came after reports of fighting.'])
    expect(easy('Earlier reports said the road was closed.')).toEqual(['Earlier reports said the road was closed.'])
  })

  it('says peacekeeping, media and per capita with common words where they mean the same', () => {
    expect(easy('A peacekeeping mission was sent.')).toEqual(['A mission to keep the peace was sent.'])
    expect(easy('The peacekeeping troops left.')).toEqual(['The peacekeeping troops left.'])
    expect(easy('The story was in the local media.')).toEqual(['The story was in the local news.'])
    expect(easy('The media reported it.')).toEqual(['The media reported it.'])
    expect(easy('Income per capita rose.')).toEqual(['Income per person rose.'])
    expect(easy('It has the highest GDP per capita.')).toEqual(['It has the highest GDP per person.'])
    expect(easy('Botswana has one of the fastest growth rates in per capita income.')).toEqual([
      'Botswana has one of the fastest growth rates in per capita income.'
    ])
  })

  it('says the military deployment and immediately with common words only where they mean the same', () => {
    expect(easy('The announcement of the military deployment came late.')).toEqual(['The news of the sending of soldiers came late.'])
    expect(easy('A military deployment is costly.')).toEqual(['A military deployment is costly.'])
    expect(easy('He resigned immediately.')).toEqual(['He resigned at once.'])
    expect(easy('He resigned immediately after the vote.')).toEqual(['He resigned right after the vote.'])
    expect(easy('He immediately resigned.')).toEqual(['He immediately resigned.'])
  })

  it('never touches quotations or names, and never runs at plain', () => {
    expect(easy('He said “the authorities lied”.')).toEqual(['He said “the authorities lied”.'])
    expect(easy('The Peacekeeping Mission Office opened.')).toEqual(['The Peacekeeping Mission Office opened.'])
    expect(plain('The authorities closed the road.')).toEqual(['The authorities closed the road.'])
    expect(plain('A peacekeeping mission was sent.')).toEqual(['A peacekeeping mission was sent.'])
  })
})

describe('easy-word: declared that', () => {
  it('says “said that” for “declared that”, and leaves “declared war”', () => {
    expect(easy('He declared that the war was over.')).toEqual(['He said that the war was over.'])
    expect(easy('He declared war.')).toEqual(['He declared war.'])
  })
})

describe('split-verb-phrases: a repeated modal (easy)', () => {
  it('splits two predicates that each have the modal at easy, not at plain', () => {
    expect(easy('The company will close three old plants and will open a new one.')).toEqual([
      'The company will close three old plants.',
      'The company will open a new one.'
    ])
    expect(plain('The company will close three old plants and will open a new one.')).toEqual([
      'The company will close three old plants and will open a new one.'
    ])
  })

  it('still keeps a bare second verb with its shared modal', () => {
    expect(easy('The company will close three old plants and cut jobs.')).toEqual(['The company will close three old plants and cut jobs.'])
  })
})

describe('easy-made-longer (easy)', () => {
  it('says “extended X by N” as “made X N longer” for a thing that lasts a time', () => {
    expect(easy('The country’s schools have extended their winter break by one week.')).toEqual([
      'The country’s schools have made their winter break one week longer.'
    ])
    expect(easy('The city extended the curfew by two hours on Friday.')).toEqual(['The city made the curfew two hours longer on Friday.'])
  })

  it('leaves a deadline, a quotation and plain alone', () => {
    expect(easy('They extended the deadline by two weeks.')).toEqual(['They extended the deadline by two weeks.'])
    expect(easy('He said “we extended the ban by a year”.')).toEqual(['He said “we extended the ban by a year”.'])
    expect(plain('The city extended the curfew by two hours on Friday.')).toEqual(['The city extended the curfew by two hours on Friday.'])
  })
})
