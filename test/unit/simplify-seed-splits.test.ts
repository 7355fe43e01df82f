import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const out = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('split-as-part-of', () => {
  it('gives a closing “as part of …” its own sentence, in the tense of the clause', () => {
    expect(out('A military alliance started sending troops to the country on Thursday as part of a peacekeeping operation.')).toEqual([
      'A military alliance started sending troops to the country on Thursday.',
      'This was part of a peacekeeping operation.'
    ])
  })
  it('keeps it inside a relative clause, before a date, and in a future', () => {
    expect(out('She is a singer who rose to fame as part of the group Dead Can Dance.')).toHaveLength(1)
    expect(out('It was first performed at the festival as part of the cycle on 14 August 1876.')).toHaveLength(1)
    expect(out('The army will send more troops to the border as part of the plan.')).toHaveLength(1)
  })
})

describe('split-summary-appositive', () => {
  it('gives a closing phrase that sums up the clause its own sentence', () => {
    expect(out('Police said they killed dozens of people in the capital, the first deaths since the protests began.')).toEqual([
      'Police said they killed dozens of people in the capital.',
      'These were the first deaths since the protests started.'
    ])
  })
  it('leaves a description after a name or after an aside', () => {
    expect(out('The prize went to Marie Curie, the first woman to win it.')).not.toContain('This was the first woman to win it.')
    expect(out('It is the county seat, and, by many definitions, the biggest city in the area.')).toHaveLength(1)
  })
})

describe('split-despite with a subject and an -ing verb', () => {
  it('makes the phrase a sentence of its own, then “But …”', () => {
    expect(out('Despite the government saying it would cancel the price rise, the protests widened and spread across the country.')).toEqual([
      'The government said it would cancel the price rise.',
      'But the protests widened and spread across the country.'
    ])
  })
})

describe('split-past-participle before a trailing attribution', () => {
  it('keeps the claim whole: the attribution may cover the description too', () => {
    expect(out('The peacekeeping effort, organized by a group of states, will be limited in time, the body said in a statement.')).toHaveLength(1)
  })
})

describe('split-report-noun at plain', () => {
  it('gives what a report says its own sentence, keeping its source', () => {
    expect(out('That announcement came after earlier reports in the local media that police opened fire on protesters in the city.')).toEqual([
      'That announcement came after earlier reports in the local media.',
      'The reports said police opened fire on protesters in the city.'
    ])
  })
  it('leaves a “that” which opens no clause', () => {
    expect(out('The mayor read the reports that arrived on Monday from the north.')).toHaveLength(1)
  })
})

describe('drop-abbreviation-alias', () => {
  it('drops an abbreviation in brackets right after the words it abbreviates', () => {
    expect(out('The ALU is a part of the central processing unit (CPU) of a computer.')).toEqual(['The ALU is part of the central processing unit of a computer.'])
    expect(out('He joined the World Wrestling Federation (WWF), then left.')).toEqual(['He joined the World Wrestling Federation, then left.'])
  })
  it('keeps brackets whose letters are not those initials', () => {
    expect(out('He joined the national team (USA) in 1990.')).toEqual(['He joined the national team (USA) in 1990.'])
  })
})

describe('drop-abbreviation-alias in an article', () => {
  it('keeps the definition when the rest of the text uses the abbreviation', () => {
    const used = new Set(['CPU'])
    expect(simplifySentence('The ALU is a part of the central processing unit (CPU) of a computer.', {level: 'plain', usedAbbreviations: used}).sentences).toEqual([
      'The ALU is part of the central processing unit (CPU) of a computer.'
    ])
  })
})
