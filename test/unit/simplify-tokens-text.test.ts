import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/simplify/sentence-tokens.ts'
import {tokensText} from '../../src/simplify/tokens-text.ts'

describe('tokensText', () => {
  const [tokens = []] = tokenize('About 3,500 people (mostly students) joined, police said.')

  it('joins the values of a range of tokens as written', () => {
    const open = tokens.findIndex((token) => token.value === '(')
    const close = tokens.findIndex((token) => token.value === ')')
    expect(tokensText(tokens, open, close + 1)).toBe('(mostly students)')
    expect(tokensText(tokens, 0)).toBe('About 3,500 people (mostly students) joined, police said.')
  })

  it('reads like slice: an end past the list stops there, an empty range gives nothing', () => {
    for (let start = 0; start <= tokens.length; start++) {
      for (const end of [start, start + 1, start + 3, tokens.length, tokens.length + 4]) {
        expect(tokensText(tokens, start, end)).toBe(tokens.slice(start, end).map((token) => token.value).join(''))
      }
    }
    expect(tokensText(tokens, 5, 2)).toBe('')
  })
})
