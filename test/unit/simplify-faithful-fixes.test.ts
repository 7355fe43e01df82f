import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const out = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('rewrites that would change a fact or break a name are not made', () => {
  it('never splits inside a title or a list of names', () => {
    expect(out('Osbourne later became a judge on the talent shows The X Factor and America’s Got Talent.')).toHaveLength(1)
    expect(out('The method is used to evaluate the Strengths, Weaknesses, Opportunities, and Threats involved in a project.')).toHaveLength(1)
    expect(out('Davis was responsible for character design for both the Pirates of the Caribbean and Haunted Mansion attractions.')).toHaveLength(1)
  })
  it('keeps brackets of a formula', () => {
    expect(out('For any integers a, b and c, (a + b) + c = a + (b + c).')).toEqual(['For any integers a, b and c, (a + b) + c = a + (b + c).'])
  })
  it('keeps words whose plain swap would be wrong here', () => {
    expect(out('The most dominant males can collect as many as 15 - 20 females to mate with.')[0]).toContain('females')
    expect(out('Thompson became the first goaltender to get an assist by passing the puck.')[0]).toContain('an assist')
    expect(out('The border between the bodies of water is usually not clearly defined.')[0]).toContain('not clearly defined')
  })
  it('keeps number words of a name and commas of a date', () => {
    expect(out('During and after the Thirty Years’ War, the town lost many people.')[0]).toContain('Thirty Years’ War')
    expect(out('On April 7, 2004, Messing gave birth to their son.')).toEqual(['On April 7, 2004, Messing gave birth to their son.'])
    expect(out('On Sunday, August 28, the railway stopped all traffic.')).toEqual(['On Sunday, August 28, the railway stopped all traffic.'])
  })
  it('gives a swapped word the right article', () => {
    expect(out('The lake has an abundant supply of fish.')).toEqual(['The lake has a plentiful supply of fish.'])
  })
})

describe('drop-intro-comma', () => {
  it('cuts the comma after a short opening phrase before the clause', () => {
    expect(out('In March 2001, the federation bought the league.')).toEqual(['In March 2001 the federation bought the league.'])
  })
  it('keeps it inside a list and before an aside', () => {
    expect(out('For any integers a, b and c, (a + b) + c = a + (b + c).')[0]).toContain('integers a, b and c,')
    expect(out('In 1997, Ignacio Ramonet, editor of Le Monde Diplomatique, renewed the debate.')).toEqual([
      'In 1997, Ignacio Ramonet, editor of Le Monde Diplomatique, renewed the debate.'
    ])
  })
})
