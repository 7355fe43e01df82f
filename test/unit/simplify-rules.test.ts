import {describe, expect, it} from 'vitest'
import {simplifySentence, type SimplifyResult} from '../../src/simplify/simplify-sentence.ts'

const plain = (text: string): SimplifyResult => simplifySentence(text, {level: 'plain'})
const rules = (result: SimplifyResult): string[] => result.applied.map((note) => note.rule)
const rejectedRules = (result: SimplifyResult): string[] => result.rejected.map((note) => note.rule)
const out = (text: string): string => plain(text).sentences.join(' ')

describe('wordy-phrase', () => {
  it('cuts wordy phrases', () => {
    expect(out('They met in order to plan the trip.')).toBe('They met to plan the trip.')
    expect(out('He left due to the fact that it rained.')).toBe('He left because it rained.')
    expect(rules(plain('They met in order to plan the trip.'))).toContain('wordy-phrase')
  })
  it('leaves phrases inside quotations alone', () => {
    expect(out('He wrote “in order to win” on the wall.')).toBe('He wrote “in order to win” on the wall.')
  })
})

describe('plain-word', () => {
  it('uses a common word for a hard one, keeping the capital of a first word', () => {
    expect(out('Approximately half of the town voted.')).toBe('About half of the town voted.')
    expect(out('The builders constructed a bridge.')).toBe('The builders built a bridge.')
  })
  it('never changes a quoted word or a name', () => {
    expect(out('She said the plan would “utilize” every worker.')).toBe('She said the plan would “utilize” every worker.')
    expect(out('The ship Numerous Rivers sailed home.')).toBe('The ship Numerous Rivers sailed home.')
  })
})

describe('cut-filler and cut-linking-opener', () => {
  it('cuts intensifiers and linking openers', () => {
    expect(out('It is particularly famous for its bread.')).toBe('It is famous for its bread.')
    expect(out('However, the town grew quickly.')).toBe('The town grew quickly.')
    expect(out('Therefore, the mayor resigned.')).toBe('So the mayor resigned.')
  })
  it('keeps words that carry meaning', () => {
    expect(out('The town did not grow.')).toBe('The town did not grow.')
    expect(out('However hard they tried, it failed.')).toContain('However hard they tried')
  })
})

describe('drop-parenthetical and drop-aside', () => {
  it('keeps a side remark (a fact at plain) and drops only brackets that hold none', () => {
    expect(out('The river (a slow one) floods every spring.')).toBe('The river, a slow one, floods every spring.')
    expect(out('Honduras (,) is a republic in Central America.')).toBe('Honduras is a republic in Central America.')
    expect(out('The tower (pictured) was built by monks.')).toBe('The tower was built by monks.')
    expect(out('The plan was, however, too expensive.')).toBe('The plan was too expensive.')
  })
  it('keeps a bracket that holds a number or a name (guard rejection)', () => {
    const result = plain('The bridge (built in 1904) is still open.')
    // The remark stays, every word (written between commas: brackets-to-commas).
    expect(result.sentences.join(' ')).toBe('The bridge, built in 1904, is still open.')
    expect(rejectedRules(result)).not.toContain('drop-parenthetical')
    expect(out('The treaty group (CSTO) met today.')).toContain('(CSTO)')
  })
})

describe('split rules', () => {
  it('splits coordinated clauses but not lists of things', () => {
    expect(plain('The army left the city, and the rebels took the airport.').sentences).toEqual([
      'The army left the city.',
      'The rebels took the airport.'
    ])
    expect(plain('She bought apples, pears, and plums at the market.').sentences).toHaveLength(1)
  })
  it('keeps “but” as the opener of the second sentence', () => {
    expect(plain('The police arrived quickly, but the crowd had already left.').sentences).toEqual([
      'The police arrived quickly.',
      'But the crowd had already left.'
    ])
  })
  it('splits at a semicolon between clauses, not in a list', () => {
    expect(plain('The town grew quickly; its port became the busiest in the region.').sentences).toHaveLength(2)
    expect(plain('Members are Paris, France; Rome, Italy; and Oslo, Norway.').sentences).toHaveLength(1)
  })
  it('moves a non-restrictive relative clause into its own sentence', () => {
    expect(plain('He lives in the old town, which is the oldest part of the city.').sentences).toEqual([
      'He lives in the old town.',
      'It is the oldest part of the city.'
    ])
    expect(plain('The bridge, which was built of stone, crosses the river.').sentences).toEqual([
      'The bridge crosses the river.',
      'It was built of stone.'
    ])
    // A restrictive clause (no comma) stays.
    expect(plain('The bridge which was built of stone crosses the river.').sentences).toHaveLength(1)
  })
  it('names the person for “who”', () => {
    expect(plain('The prize went to Maria Lopez, who was born in Lima.').sentences).toEqual([
      'The prize went to Maria Lopez.',
      'Maria Lopez was born in Lima.'
    ])
  })
  it('splits a contrast', () => {
    expect(plain('Although the rain was heavy, the match went ahead.').sentences).toEqual([
      'The rain was heavy.',
      'But the match went ahead.'
    ])
  })
  it('gives a trailing participle clause its own sentence with the subject', () => {
    expect(plain('The storm struck the coast, killing three people.').sentences).toEqual([
      'The storm struck the coast.',
      'The storm killed three people.'
    ])
    // Present tense or an unclear doer: left alone.
    expect(plain('The storm is hitting the coast, killing three people.').sentences).toHaveLength(1)
  })
  it('does not split an attribution off its claim', () => {
    expect(plain('The effort will be limited in time, the body said in a statement.').sentences).toHaveLength(1)
    // Nor split a claim in two when an attribution at the end covers both parts.
    expect(
      plain('The effort, organized by a regional group, will be limited in time and will aim to protect buildings, the body said.').sentences
    ).toHaveLength(1)
    expect(plain('The album, released in 1969 by the band, sold well.').sentences).toEqual(['The album sold well.', 'It was released in 1969 by the band.'])
  })
  it('gives a description of a name its own sentence', () => {
    expect(plain('Saltanat Azirbek, a police spokesman in Almaty, said the roads were closed.').sentences).toEqual([
      'Saltanat Azirbek is a police spokesman in Almaty.',
      'Azirbek said the roads were closed.'
    ])
  })
})

describe('split-verb-phrases, split-past-participle and simple-past', () => {
  it('splits two actions of one subject, repeating a short subject', () => {
    expect(plain('The council closed the old park and opened a new library.').sentences).toEqual([
      'The council closed the old park.',
      'The council opened a new library.'
    ])
    expect(plain('The schools have extended their break by one week and all banks have been ordered to close.').sentences).toEqual([
      'The schools have extended their break by one week.',
      'All banks have been ordered to close.'
    ])
  })
  it('keeps lists and reported speech together', () => {
    expect(plain('She bought fresh bread and milk at the shop.').sentences).toHaveLength(1)
    expect(plain('Officials said the army arrived in the city and fired shots.').sentences).toHaveLength(1)
  })
  it('gives a trailing past participle phrase its own sentence', () => {
    expect(plain('The band recorded a famous album, released in 1969.').sentences).toEqual([
      'The band recorded a famous album.',
      'It was released in 1969.'
    ])
  })
  it('uses the simple past for a regular past perfect', () => {
    expect(out('The army had moved north.')).toBe('The army moved north.')
    expect(out('The army had been moved north.')).toBe('The army was moved north.')
  })
})

describe('move-attribution', () => {
  it('puts a short source first', () => {
    expect(out('Some troops have already started operating in Kazakhstan, according to the statement.')).toBe(
      'The statement said some troops have already started operating in Kazakhstan.'
    )
  })
  it('uses “According to” for a long source', () => {
    expect(out('Shops were looted, according to video images posted at the scene.')).toBe(
      'According to video images posted at the scene, shops were looted.'
    )
  })
})

describe('concrete-number', () => {
  it('writes exact numbers in digits and leaves vague ones', () => {
    expect(out('About a thousand people were injured.')).toBe('About 1,000 people were injured.')
    expect(out('Twenty-five houses burned.')).toBe('25 houses burned.')
    expect(out('Dozens of people were hurt and hundreds fled.')).toBe('Dozens of people were hurt and hundreds fled.')
    expect(out('Eight members were killed.')).toBe('Eight members were killed.')
  })
})

describe('engine', () => {
  it('is deterministic and returns the original when nothing applies', () => {
    const text = 'The cat sat on the mat.'
    expect(plain(text)).toEqual(plain(text))
    expect(plain(text)).toEqual({sentences: [text], applied: [], rejected: []})
  })
  it('returns nothing for empty input', () => {
    expect(plain('   ').sentences).toEqual([])
  })
  it('gives every applied rewrite a rule and a reason', () => {
    const result = plain('However, approximately a thousand people were injured, and the police closed the roads.')
    expect(result.applied.length).toBeGreaterThan(2)
    for (const note of result.applied) {
      expect(note.rule).toMatch(/^[a-z-]+$/)
      expect(note.reason.length).toBeGreaterThan(10)
    }
  })
})
