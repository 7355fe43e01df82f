import {describe, expect, it} from 'vitest'
import {faithfulnessProblems} from '../../src/simplify/faithfulness-guard.ts'
import {sentenceFacts} from '../../src/simplify/sentence-facts.ts'
import {tokenize} from '../../src/simplify/sentence-tokens.ts'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const facts = (text: string) => sentenceFacts(tokenize(text))

describe('faithfulness guard and a capital that opens a new sentence', () => {
  it('does not take a common word capitalised by a split for an added name', () => {
    const before = facts('The hills divide Asia and Europe, and territories in Caucasia are in both.')
    const after = facts('The hills divide Asia and Europe. Territories in Caucasia are in both.')
    expect(faithfulnessProblems(before, after, {level: 'plain'})).toEqual([])
    const result = simplifySentence('The Caucasus Mountains are a dividing line between Asia and Europe, and territories in Caucasia are considered to be in one or both continents.', {level: 'plain'})
    expect(result.sentences.length).toBe(2)
    expect(result.sentences[1]).toMatch(/^Territories in Caucasia/)
  })
  it('still rejects a name the text lacked, and names in another order', () => {
    const before = facts('The hills divide Asia and Europe, and people live in both.')
    expect(faithfulnessProblems(before, facts('The hills divide Asia and Europe. People from Russia live in both.'), {level: 'plain'})).toEqual([
      'adds the name Russia'
    ])
    expect(faithfulnessProblems(before, facts('The hills divide Europe and Asia, and people live in both.'), {level: 'plain'})).toEqual([
      'changes the order of names and numbers (who did what)'
    ])
  })
})
