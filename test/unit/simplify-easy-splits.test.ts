import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const easy = (text: string): string[] => simplifySentence(text, {level: 'easy'}).sentences
const plain = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('split-in-protest (easy)', () => {
  it('gives a closing “in protest against …” or “in response to …” its own sentence', () => {
    expect(easy('The revolt began on Sunday in western Kazakhstan in protest against rising fuel prices.')).toEqual([
      'The revolt started on Sunday in western Kazakhstan.',
      'This was in protest against rising fuel prices.'
    ])
    expect(easy('Workers at the plant went on strike on Monday in response to the pay cuts.')).toEqual([
      'Workers at the plant went on strike on Monday.',
      'This was in response to the pay cuts.'
    ])
  })

  it('leaves a future, a relative clause, a number in the phrase, and plain alone', () => {
    expect(easy('They will march in protest against the war.')).toEqual(['They will march in protest against the war.'])
    expect(easy('She met the workers who marched in protest against the cuts.')).toEqual(['She met the workers who marched in protest against the cuts.'])
    expect(easy('The workers went on strike last week in protest against the 2019 law.')).toEqual([
      'The workers went on strike last week in protest against the 2019 law.'
    ])
    expect(plain('The revolt began on Sunday in western Kazakhstan in protest against rising fuel prices.')).toEqual([
      'The revolt started on Sunday in western Kazakhstan in protest against rising fuel prices.'
    ])
  })
})

describe('split-verb-phrases: the speaker goes on (easy)', () => {
  it('splits a further speech act of the speaker after reported speech, the speaker repeated', () => {
    expect(easy('He declared that Kazakhstan was under attack and called for the intervention of the Russian-led alliance.')).toEqual([
      'He said that Kazakhstan was under attack.',
      'He called for the intervention of the Russian-led alliance.'
    ])
    expect(easy('She said that the mayor was corrupt and urged voters to act.')).toEqual(['She said that the mayor was corrupt.', 'She urged voters to act.'])
  })

  it('leaves a second verb that may belong to the reported clause, and plain alone', () => {
    expect(easy('He said that the river was high and called his brother.')).toEqual(['He said that the river was high and called his brother.'])
    expect(easy('He said the town was safe and the roads were open.')).toEqual(['He said the town was safe and the roads were open.'])
    expect(plain('She said that the mayor was corrupt and urged voters to act.')).toEqual(['She said that the mayor was corrupt and urged voters to act.'])
  })
})

describe('split-event-relative (easy)', () => {
  it('gives what the events of “a night of …” did a sentence of its own, the events named again', () => {
    expect(easy('The announcement came after a night of violent protests that swept through Kazakhstan’s cities.')).toEqual([
      'The news came after a night of violent protests.',
      'The protests swept through Kazakhstan’s cities.'
    ])
    expect(easy('The town was hit by a week of storms that killed 10 people.')).toEqual(['The town was hit by a week of storms.', 'The storms killed 10 people.'])
  })

  it('leaves a clause that may not be about the events, a denial, and plain alone', () => {
    expect(easy('The town had a year of books that sold well.')).toEqual(['The town had a year of books that sold well.'])
    expect(easy('The town was not hit by a week of storms that killed 10 people.')).toEqual(['The town was not hit by a week of storms that killed 10 people.'])
    expect(plain('The town was hit by a week of storms that killed 10 people.')).toEqual(['The town was hit by a week of storms that killed 10 people.'])
  })
})

describe('split-according-to: pictures and records show the claim (easy)', () => {
  it('names pictures or records as what shows the claim, any other source as what the claim is according to', () => {
    expect(easy('According to video images posted at the scene, the protests swept through the cities.')).toEqual([
      'The protests swept through the cities.',
      'Video images posted at the scene show this.'
    ])
    expect(easy('According to a letter sent to his church, he was born in 1901 in Ohio.')).toEqual([
      'He was born in 1901 in Ohio.',
      'This is according to a letter sent to his church.'
    ])
  })
})

describe('split-where-with: a three-word clause (easy)', () => {
  it('gives the “where” clause its own sentence after a three-word clause at easy, not at plain', () => {
    expect(easy('These include Almaty, where some protesters arrived with guns.')).toEqual(['These include Almaty.', 'There, some protesters arrived with guns.'])
    expect(plain('These include Almaty, where some protesters arrived with guns.')).toEqual(['These include Almaty, where some protesters arrived with guns.'])
  })

  it('splits it too once “including X, where …” has become its own sentence', () => {
    expect(easy('The protests swept through the cities, including Almaty, where some protesters arrived with guns.')).toEqual([
      'The protests swept through the cities.',
      'These include Almaty.',
      'There, some protesters arrived with guns.'
    ])
  })
})

describe('split-verb-phrases: after “There,” (easy)', () => {
  it('takes up “some protesters” as “they” for the second action', () => {
    expect(easy('There, some protesters arrived with guns and started looting shops and malls.')).toEqual([
      'There, some protesters arrived with guns.',
      'They started looting shops and malls.'
    ])
    expect(easy('These include Almaty, where some protesters arrived with guns and started looting shops and malls.')).toEqual([
      'These include Almaty.',
      'There, some protesters arrived with guns.',
      'They started looting shops and malls.'
    ])
  })

  it('leaves a subject that is not a quantifier and a plural, and plain alone', () => {
    expect(easy('There, the protesters arrived with guns and started looting shops.')).toEqual(['There, the protesters arrived with guns and started looting shops.'])
    expect(plain('There, some protesters arrived with guns and started looting shops and malls.')).toEqual([
      'There, some protesters arrived with guns and started looting shops and malls.'
    ])
  })
})

describe('split-where-with: a three-word clause before “with” (easy)', () => {
  it('keeps a “with” phrase after a three-word clause', () => {
    expect(easy('Some are arboreal, with long balancing tails and other adaptations for climbing.')[0]).toContain('Some are arboreal, with long')
  })
})

describe('split-trailing-appositive: a name’s description (easy)', () => {
  it('gives “X, Kazakhstan’s biggest city” its own sentence at easy, not at plain', () => {
    expect(easy('Saltanat Azirbek is a police spokesman in Almaty, Kazakhstan’s biggest city.')).toEqual([
      'Saltanat Azirbek is a police spokesman in Almaty.',
      'Almaty is Kazakhstan’s biggest city.'
    ])
    expect(easy("FCW's debut show was on June 26, 2007 at Tampa, Florida's Dallas Bull.")).toEqual([
      "FCW's debut show was on June 26, 2007 at Tampa, Florida's Dallas Bull."
    ])
    expect(easy('He worked at Springfield, Illinois’s largest employer.')[0]).toContain('Springfield, Illinois’s')
    expect(plain('Saltanat Azirbek is a police spokesman in Almaty, Kazakhstan’s biggest city.')).toEqual([
      'Saltanat Azirbek is a police spokesman in Almaty, Kazakhstan’s biggest city.'
    ])
  })
})

describe('split-has-and (easy)', () => {
  it('gives a second thing a pronoun has after a ranking within a place its own sentence', () => {
    expect(easy('It has by far the highest GDP per capita in the region and many reserves.')).toEqual([
      'It has by far the highest GDP per person in the area.',
      'It has many reserves.'
    ])
  })

  it('leaves a second thing that might belong inside the first, a first object that ranks nothing, and plain alone', () => {
    expect(easy('They had a meeting with the mayor and several officials.')).toEqual(['They had a meeting with the mayor and several officials.'])
    expect(easy('It has a large port and many factories.')).toEqual(['It has a large port and many factories.'])
    expect(plain('It has by far the highest GDP per capita in the region and many reserves.')).toEqual([
      'It has by far the highest GDP per capita in the area and many reserves.'
    ])
  })
})
