import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const out = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences
const rulesOf = (text: string): string[] => simplifySentence(text, {level: 'plain'}).applied.map((note) => note.rule)

describe('split-semicolon-colon and reporting words', () => {
  it('splits at a colon joining two clauses even when a plural noun such as “states” follows', () => {
    expect(out('The result took most observers by surprise: Norway has long been counted among the richest Nordic states.')).toEqual([
      'The result took most observers by surprise.',
      'Norway has long been counted among the richest Nordic states.'
    ])
  })
  it('reads “States” in a name as no reporting verb', () => {
    expect(rulesOf('The plan worked well: the United States has kept it since then.')).toContain('split-semicolon-colon')
  })
  it('keeps a colon before what a reporting verb says, and before a trailing attribution', () => {
    expect(rulesOf('The minister made one thing clear: the army will stay, the report states.')).not.toContain('split-semicolon-colon')
    expect(rulesOf('The spokesman said this: the army will stay in the city.')).not.toContain('split-semicolon-colon')
  })
})

describe('split-preposition-which', () => {
  it('gives a closing “to which …” clause its own sentence', () => {
    expect(out('He asked for help from the alliance, to which his country belongs.')).toEqual([
      'He asked for help from the alliance.',
      'His country belongs to it.'
    ])
    expect(out('She joined the club, in which her brothers played.')).toEqual(['She joined the club.', 'Her brothers played in it.'])
  })
  it('leaves plurals, clauses that go on, “of which” and clashing pronouns alone', () => {
    for (const text of [
      'The company sold the houses, in which 20 families lived.',
      'The town is part of the district, to which it gave its name.',
      'He won 12 games, of which five were at home.',
      'She joined the club, in which her brothers played, and stayed for years.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-preposition-which')
    }
  })
})

describe('split-despite', () => {
  it('puts the main clause first and keeps the “despite” part as a sentence', () => {
    expect(out('Despite heavy rain all week, the match went ahead in London.')).toEqual([
      'The match went ahead in London.',
      'This was despite heavy rain all week.'
    ])
    // A subject and an `-ing` verb make the phrase a clause of its own: `X said …. But …`.
    expect(out('Despite the council saying it would cut the fare, the strike spread to 3 cities.')).toEqual([
      'The council said it would cut the fare.',
      'But the strike spread to 3 cities.'
    ])
  })
  it('leaves short phrases, phrases with pauses and non-clauses alone', () => {
    for (const text of [
      'Despite this, he was not elected.',
      'Despite being injured, he played.',
      'Despite the “heavy rain” all week, the match went ahead.',
      'Despite heavy rain all week, playing on.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-despite')
    }
  })
})

describe('split-where-with: “with … demands for …”', () => {
  it('gives a closing “with demands for …” its own sentence', () => {
    expect(out('The protests widened and spread across the country, with broader demands for better pay.')).toEqual([
      'The protests widened and spread across the country.',
      'This came with broader demands for better pay.'
    ])
  })
  it('splits the tail after a “Despite …,” opener, but not after an attribution, and never points “This was despite” at the tail', () => {
    expect(out('Despite the council saying it would cut the fare, the strike spread across the city, with broader demands for better pay.')).toEqual([
      'The council said it would cut the fare.',
      'But the strike spread across the city.',
      'This came with broader demands for better pay.'
    ])
    expect(out('Despite heavy rain all week, the strike spread across the city, with broader demands for better pay.')).toEqual([
      'Despite heavy rain all week, the strike spread across the city.',
      'This came with broader demands for better pay.'
    ])
    expect(rulesOf('According to the union, the strike spread across the city, with broader demands for better pay.')).not.toContain('split-where-with')
  })
  it('leaves other “with” phrases alone', () => {
    for (const text of [
      'The town grew quickly, with a population of 5,000 by 1900.',
      'He played for the club, with goals for both teams.',
      'The strike spread, with demands for pay, jobs and homes.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-where-with')
    }
  })
})

describe('colon and “which” splits leave incomplete or ambiguous parts alone', () => {
  it('never ends a sentence with a word that needs what follows the colon', () => {
    for (const text of [
      'Wilma may refer to: Wilma is a female first name from Germany.',
      'Specific reliability issues may include: The system can not safely be shut down for repair.',
      'Prices could rise this year and that: wages will probably fall by 5 percent.',
      'It has a make-up similar to the Moon: a darkly colored surface that is heavily weathered.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-semicolon-colon')
    }
  })
  it('keeps “in which” after a list or before a long clause', () => {
    for (const text of [
      'He appeared in several plays, including Macbeth, The Threepenny Opera and Henry V, in which he played the title role.',
      'Interethnic tensions resulted in a horrible massacre, in which most Armenians in the town of Shusha perished.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-preposition-which')
    }
  })
})

describe('split-after', () => {
  it('gives a closing “after …” clause of a past fact its own sentence', () => {
    expect(out('The alliance sent soldiers to the town on Thursday as part of an operation after a night of protests in the north turned violent.')).toEqual([
      'The alliance sent soldiers to the town on Thursday.',
      'This was part of an operation.',
      'This came after a night of protests in the north turned violent.'
    ])
  })
  it('leaves futures, denials, phrases with “after” and short parts alone', () => {
    for (const text of [
      'He was named after his grandfather who had fought in the war.',
      'The team will move to a new stadium after the old one is torn down.',
      'The company did not close its big factory in the city after the workers went on strike.',
      'The family moved to a small town in the north the day after the old king was crowned.',
      'In 1997 he was forced to leave his home in the valley after it was flooded by the water.',
      'Police said the man fled from the house in the village after the shooting began.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-after')
    }
  })
})

describe('split-coordination after “, but”', () => {
  it('splits a short clause and one whose subject holds a relative clause', () => {
    expect(out('The two managers asked the league to stop the game, but Calder refused.')).toEqual([
      'The two managers asked the league to stop the game.',
      'But Calder refused.'
    ])
    expect(out('The group put up the signs for a joke, but most people who saw the signs were puzzled by the phrase.')).toEqual([
      'The group put up the signs for a joke.',
      'But most people who saw the signs were puzzled by the phrase.'
    ])
  })
  it('keeps a noun phrase with only a relative clause after “but”', () => {
    expect(rulesOf('The family had plenty of money, but few friends who were loyal to them.')).not.toContain('split-coordination')
  })
})
