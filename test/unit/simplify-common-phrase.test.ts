import {describe, expect, it} from 'vitest'
import {commonPhrase} from '../../src/simplify/rules/common-phrase.ts'
import {render, tokenize} from '../../src/simplify/sentence-tokens.ts'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

/** The first rewrite the rule proposes for `text`, or the text unchanged. */
const rewrite = (text: string): string => {
  const tokens = tokenize(text)[0] ?? []
  const candidate = commonPhrase.candidates(tokens, {level: 'plain', names: new Set(), suggestions: new Map()})[0]
  return candidate ? candidate.sentences.map((sentence) => render(sentence)).join(' ') : text
}

describe('common-phrase', () => {
  it('swaps formal words of encyclopaedic text for common ones, keeping tense and number', () => {
    expect(rewrite('The storm occurred in May.')).toBe('The storm happened in May.')
    expect(rewrite('The team consists of five players.')).toBe('The team has five players.')
    expect(rewrite('The name is derived from Latin.')).toBe('The name comes from Latin.')
    expect(rewrite('He is regarded as a great poet.')).toBe('He is seen as a great poet.')
    expect(rewrite('Upon arrival, they rested.')).toBe('On arrival, they rested.')
    expect(rewrite('Following the war, the city grew.')).toBe('After the war, the city grew.')
    expect(rewrite('The school was established in 1850.')).toBe('The school was set up in 1850.')
    expect(rewrite('The moon was discovered in 1892.')).toBe('The moon was found in 1892.')
    expect(rewrite('They chose the bus rather than the train.')).toBe('They chose the bus instead of the train.')
    expect(rewrite('The team was defeated in the final.')).toBe('The team was beaten in the final.')
    expect(rewrite('The storm moved northwestward over land.')).toBe('The storm moved northwest over land.')
    // The article follows the new word.
    expect(rewrite('She backed up an entire system.')).toBe('She backed up a whole system.')
    expect(rewrite('An entire town voted.')).toBe('A whole town voted.')
    expect(rewrite('It was the final episode of the show.')).toBe('It was the last episode of the show.')
  })
  it('only swaps in the context its entry allows', () => {
    // `established` is only swapped when passive; `upon` stays in fixed phrases.
    expect(rewrite('He established himself as a writer.')).toBe('He established himself as a writer.')
    expect(rewrite('Once upon a time, a king ruled.')).toBe('Once upon a time, a king ruled.')
    expect(rewrite('The plan was based upon old maps.')).toBe('The plan was based upon old maps.')
    expect(rewrite('The award was received by the mayor.')).toBe('The award was received by the mayor.')
    expect(rewrite('The holiday is observed on May 1.')).toBe('The holiday is observed on May 1.')
    expect(rewrite('They stayed at the following hotels.')).toBe('They stayed at the following hotels.')
    expect(rewrite('The town is centrally located in the valley.')).toBe('The town is centrally located in the valley.')
    // `rather than` before a bare verb would need another form: `instead of go` is wrong.
    expect(rewrite('They chose to walk rather than drive.')).toBe('They chose to walk rather than drive.')
    expect(rewrite('The water left a thin film on the glass.')).toBe('The water left a thin film on the glass.')
    // `final` as a noun (the match) stays.
    expect(rewrite('They lost in the final to Spain.')).toBe('They lost in the final to Spain.')
    expect(rewrite('Farmers sold fresh produce at the market.')).toBe('Farmers sold fresh produce at the market.')
  })
  it('never changes a quoted word or a capitalised word inside the sentence', () => {
    expect(rewrite('She called the plan “largely useless” in a letter.')).toBe('She called the plan “largely useless” in a letter.')
    expect(rewrite('The band Massive Attack played.')).toBe('The band Massive Attack played.')
    expect(rewrite('Massive Attack played in Bristol.')).toBe('Massive Attack played in Bristol.')
  })
  it('runs in the engine with its name and reason, and keeps every number', () => {
    const result = simplifySentence('The earthquake occurred at 3:15 and virtually 200 homes fell.', {level: 'plain'})
    expect(result.applied.map((note) => note.rule)).toContain('common-phrase')
    expect(result.applied.find((note) => note.rule === 'common-phrase')?.reason).toMatch(/“happened” for “occurred”/)
    const text = result.sentences.join(' ')
    expect(text).toContain('3:15')
    expect(text).toContain('200')
  })
})

describe('common-phrase: more plain paraphrase', () => {
  it('swaps formal phrases for plain ones, same tense and meaning', () => {
    expect(rewrite('The hall serves as the town museum.')).toBe('The hall is the town museum.')
    expect(rewrite('She gained popularity in the 1990s.')).toBe('She became popular in the 1990s.')
    expect(rewrite('The fighting resulted in many deaths.')).toBe('The fighting led to many deaths.')
    expect(rewrite('As of 2007, a maximum of four players can be chosen.')).toBe('As of 2007, at most four players can be chosen.')
    expect(rewrite('The symptoms associated with the illness are mild.')).toBe('The symptoms linked to the illness are mild.')
    expect(rewrite('It was her second novel.')).toBe('It was her second book.')
    expect(rewrite('The farm lies adjacent to the river.')).toBe('The farm lies next to the river.')
  })
  it('leaves the phrase where the swap would change the meaning', () => {
    expect(rewrite('They have served as judges before.')).toBe('They have served as judges before.')
    expect(rewrite('It was a novel idea.')).toBe('It was a novel idea.')
    expect(rewrite('Guangxi is an autonomous region of China.')).toBe('Guangxi is an autonomous region of China.')
    expect(rewrite('On the outbreak of war, the regiment went to France.')).toBe('On the outbreak of war, the regiment went to France.')
  })
  it('accepts a swap of a capitalised common first word, never of a name', () => {
    expect(simplifySentence('Coupled with the new menu came higher prices.', {level: 'plain'}).sentences).toEqual(['Along with the new menu came higher prices.'])
  })
})

describe('common-phrase: numbers, verbs and deaths', () => {
  it('uses “over” and “under” only before a number', () => {
    expect(rewrite('The list held more than 100 names.')).toBe('The list held over 100 names.')
    expect(rewrite('It is more than a game.')).toBe('It is more than a game.')
    expect(rewrite('They earned less than $5 a day.')).toBe('They earned under $5 a day.')
  })
  it('uses “first” for “originally” only before a verb, so no ordinal number is added', () => {
    expect(rewrite('The hall was originally built as a church.')).toBe('The hall was first built as a church.')
    expect(rewrite('He is originally from Ohio.')).toBe('He is originally from Ohio.')
    expect(simplifySentence('The play premiered in May.', {level: 'plain'}).sentences).toEqual(['The play was first shown in May.'])
  })
  it('turns “after his death” into a clause', () => {
    expect(rewrite('The book came out after his death in 1850.')).toBe('The book came out after he died in 1850.')
  })
})

describe('wordy-phrase and common-phrase: small cuts', () => {
  it('cuts “of” after “all” and “both”, and “currently” after “is”', () => {
    expect(simplifySentence('All of the players were present.', {level: 'plain'}).sentences).toEqual(['All the players were present.'])
    expect(rewrite('He is currently the mayor of the town.')).toBe('He is the mayor of the town.')
  })
})

describe('common-phrase: places and parts', () => {
  it('says where and how big in fewer words', () => {
    expect(rewrite('Tiko United is a football club based in Tiko.')).toBe('Tiko United is a football club in Tiko.')
    expect(rewrite('The province has an area of 3,125 square kilometres.')).toBe('The province covers 3,125 square kilometres.')
    expect(rewrite('It was a part of the earldom.')).toBe('It was part of the earldom.')
    expect(rewrite('He is considered to be the greatest sculptor of his time.')).toBe('He is seen as the greatest sculptor of his time.')
  })
  it('keeps “based on”', () => {
    expect(rewrite('The play is based on a poem.')).toBe('The play is based on a poem.')
  })
})

describe('common-phrase: a last batch', () => {
  it('says founded, a form of, similar to, situated in, occasionally and stemmed from in common words', () => {
    expect(rewrite('The team was founded in 1900.')).toBe('The team was started in 1900.')
    expect(rewrite('Papyrus is a form of paper.')).toBe('Papyrus is a type of paper.')
    expect(rewrite('It has an orbit similar to that of Earth.')).toBe('It has an orbit like that of Earth.')
    expect(rewrite('It is a town situated in a valley.')).toBe('It is a town in a valley.')
    expect(rewrite('The dispute stemmed from an old quarrel.')).toBe('The dispute came from an old quarrel.')
  })
  it('keeps “very similar to” and “founded on”', () => {
    expect(rewrite('It is very similar to the first one.')).toBe('It is very similar to the first one.')
    expect(rewrite('The party was founded on three ideas.')).toBe('The party was founded on three ideas.')
  })
})
