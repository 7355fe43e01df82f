import {formatNumber, readNumberWords} from '../number-words.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {replaceRange} from '../token-match.ts'
import {word} from '../sentence-tokens.ts'
import {tokensText} from '../tokens-text.ts'

/**
 * Write exact numbers in digits: `about a thousand` → `about 1,000`,
 * `twenty-five` → `25`. Numbers below ten stay words; vague words
 * (`dozens`, `hundreds`) stay vague because the source is vague.
 */
export const concreteNumber: Rule = {
  name: 'concrete-number',
  levels: ['plain', 'easy'],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start]
      if (token?.kind !== 'word' || quoted[start]) continue
      if (/^\p{Lu}/u.test(token.value) && tokens.slice(0, start).some((item) => item.kind === 'word')) continue
      const words: string[] = []
      const ends: number[] = []
      for (let index = start; index < tokens.length && words.length < 8; index++) {
        const next = tokens[index]
        if (next?.kind === 'word') {
          words.push(next.value)
          ends.push(index + 1)
        } else if (next?.kind !== 'space') break
      }
      const number = readNumberWords(words)
      if (number === undefined || number.value < 10) continue
      // `one of the thousand` or `a hundred years` are fine to write in digits; `hundreds` is not a number here.
      const end = ends[number.length - 1]
      if (end === undefined) continue
      const actual = tokensText(tokens, start, end)
      const digits = formatNumber(number.value)
      found.push({
        sentences: [replaceRange(tokens, start, end, [word(digits)])],
        reason: `Wrote “${actual}” as the number ${digits}.`,
        key: `${actual}@${start}`
      })
      start = end
    }
    return found
  }
}
