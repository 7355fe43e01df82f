import {describe, expect, it} from 'vitest'
import {isFiniteVerb} from '../../src/simplify/clause-shape.ts'
import {onlyFiniteVerb, tagsOf} from '../../src/simplify/part-of-speech.ts'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const out = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences

describe('part of speech from en-lexicon', () => {
  it('reads the tags of a word, most frequent first', () => {
    expect(tagsOf('returns')).toEqual(['NNS', 'VBZ'])
    expect(tagsOf('qwzx')).toEqual([])
  })
  it('takes a word for a finite verb only when it is nothing else', () => {
    expect(onlyFiniteVerb('serves')).toBe(true)
    expect(onlyFiniteVerb('withdrew')).toBe(true)
    expect(onlyFiniteVerb('returns')).toBe(false) // mostly a noun
    expect(onlyFiniteVerb('dikes')).toBe(false) // the lexicon's VBZ, but `dike` is a noun
    expect(onlyFiniteVerb('developed')).toBe(false) // mostly a participle
    expect(isFiniteVerb('compared')).toBe(false) // `compared to`
  })
})

describe('splits that need a verb the closed list lacks', () => {
  it('splits two predicates of one subject joined by “and”', () => {
    expect(out('The station opened in 1901, and connects the villages of Alton and Holt.')).toEqual([
      'The station opened in 1901.',
      'The station connects the villages of Alton and Holt.'
    ])
  })
  it('leaves an opening adverb with the first sentence only', () => {
    expect(out('Later Wales withdrew his support and asked for a resignation from his positions.')).toEqual([
      'Later Wales withdrew his support.',
      'Wales asked for a resignation from his positions.'
    ])
  })
  it('keeps participles after a verb in the present and predicates that may belong to an inner clause', () => {
    expect(out('Awake is a 2007 suspense thriller written and directed by Joby Harold.')).toHaveLength(1)
    expect(out('It hybridizes with some other wattles, the rare and endangered Sydney Basin species Acacia pubescens.')).toHaveLength(1)
    expect(out('Clinical trials showed that Riluzole lengthens survival by several months, and may help those with a bulbar onset.')).toHaveLength(1)
  })
  it('does not split a clause that opens with a subordinating word after a run-in heading', () => {
    expect(out('Sacred music While Rore is best known for his Italian madrigals, he was a prolific composer of sacred music.')).toHaveLength(1)
  })
})

describe('prepositions that are also conjunctions, adjectives that look like verbs', () => {
  it('splits after “as” or “after” used as a preposition', () => {
    expect(out('The city declined after the war and recovered its importance in the nineteenth century.')).toEqual([
      'The city declined after the war.',
      'The city recovered its importance in the nineteenth century.'
    ])
  })
  it('does not read adjectives joined by “and” as two predicates', () => {
    expect(out('The British described the clan as a powerful and united, but quarrelsome tribe.')).toHaveLength(1)
    expect(out('It is usually seen as upscale and more sophisticated than other magazines.')).toHaveLength(1)
    expect(out('It is free of the problems and constraints linked to other algorithms.')).toHaveLength(1)
  })
  it('gives a participle after a predicate adjective the subject’s number', () => {
    expect(out('Anglo-Saxon buildings in Britain were simple, built mainly using wood with thatch for roofing.')).toEqual([
      'Anglo-Saxon buildings in Britain were simple.',
      'They were built mostly using wood with thatch for roofing.'
    ])
  })
})

describe('the subject taken up again after a split', () => {
  it('uses “It” or “They” for a long subject or one with a number, never for a person noun', () => {
    expect(out('The 1977 Atlantic hurricane season officially began on June 1, 1977, and lasted until November 30, 1977.')).toEqual([
      'The 1977 Atlantic hurricane season officially started on June 1, 1977.',
      'It lasted until November 30, 1977.'
    ])
    expect(out('The first use of the word was for the limbs of fish, but has been extended to other limbs.')).toEqual([
      'The first use of the word was for the limbs of fish.',
      'But it has been extended to other limbs.'
    ])
    expect(out('The young singer from the small northern town released an album in 1990, and toured Europe.')).toHaveLength(1)
  })
  it('leaves an adverb before the verb with the first clause', () => {
    expect(out('He legally changed his name to Robert Dylan and signed a management contract with Albert Grossman.')).toEqual([
      'He legally changed his name to Robert Dylan.',
      'He signed a management contract with Albert Grossman.'
    ])
  })
})

describe('a second verb that shares a modal, “do” or a negation', () => {
  it('is never split off with the subject alone (that would change tense or meaning)', () => {
    expect(out('The company will close three plants and cut 2,000 jobs.')).toEqual(['The company will close three plants and cut 2,000 jobs.'])
    expect(out('The company did not close its plants and cut 2,000 jobs.')).toEqual(['The company did not close its plants and cut 2,000 jobs.'])
  })
  it('splits a second verb with its own tense', () => {
    expect(out('The team could not win the final, and was relegated in May.')).toEqual(['The team could not win the final.', 'The team was relegated in May.'])
  })
})

describe('a verb after a subordinator', () => {
  it('belongs to the subordinate clause: the phrase before it is no clause', () => {
    expect(out('The two leaders met in Geneva, their first talks since the war began.')).toHaveLength(1)
  })
})

describe('“and is” without a comma', () => {
  it('splits a second predicate in the present or past of “be”', () => {
    expect(out('The islands are considered Australian territory and are governed from Thursday Island.')).toEqual([
      'The islands are considered Australian territory.',
      'The islands are governed from Thursday Island.'
    ])
  })
  it('does not repeat a demonstrative that might then point at something else', () => {
    expect(out('These include bacteria, fungi and animals and are part of the group of natural products.')).toHaveLength(1)
  })
})

describe('simple-past for “had been”', () => {
  it('uses “was” or “were” after the subject’s number', () => {
    expect(out('By the next year the hall had been rebuilt.')).toEqual(['By the next year the hall was rebuilt.'])
    expect(out('French museums had almost 2,000 pieces of art that had been stolen by the Nazis.')).toEqual([
      'French museums had almost 2,000 pieces of art that were stolen by the Nazis.'
    ])
  })
  it('keeps the past perfect of a condition or a wish', () => {
    expect(out('If all this software had been developed by other means, it would have cost more.')[0]).toContain('had been developed')
  })
})

describe('a sentence that opens with a date', () => {
  it('is a main clause, not a dependent phrase', () => {
    expect(out('In 1252 documents refer to Vaihingen as a town, established by Count Gottfried von Vaihingen.')).toEqual([
      'In 1252 documents refer to Vaihingen as a town.',
      'It was set up by Count Gottfried von Vaihingen.'
    ])
    expect(out('According to the police, the crowd, estimated at 2,000, marched to the square.')).toHaveLength(1)
  })
})

describe('split-participle in the present', () => {
  it('gives the participle the present form the subject takes', () => {
    expect(out('The company makes cars in Ohio, employing 5,000 people.')).toEqual(['The company makes cars in Ohio.', 'The company employs 5,000 people.'])
  })
  it('leaves a verb that is past and present alike', () => {
    expect(out('The storms hit the coast every year, killing many people.')).toHaveLength(1)
  })
})
