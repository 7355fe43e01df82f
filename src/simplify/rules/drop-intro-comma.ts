import {isFiniteVerb} from '../clause-shape.ts'
import type {Rule} from '../rule.ts'
import type {Tokens} from '../sentence-tokens.ts'

/** Returns whether tokens reach a finite verb before any comma, semicolon, colon, bracket or dash. */
function verbBeforePause(tokens: Tokens): boolean {
  for (const token of tokens) {
    if (token.kind === 'punctuation' && /^[,;:()–—]$/.test(token.value)) return false
    if (token.kind === 'word' && isFiniteVerb(token.value.toLowerCase())) return true
  }
  return false
}

/** Days of the week: a comma after one is part of a date. */
const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Words that open a short introductory phrase. */
const openers = new Set(['in', 'on', 'at', 'by', 'during', 'after', 'before', 'since', 'from', 'until', 'over', 'for', 'later', 'today', 'then', 'now', 'soon', 'once'])

/**
 * Cut the comma after a short opening phrase, as plain-style guides do:
 * `In 2004, he moved.` → `In 2004 he moved.` (at most five words before the comma).
 */
export const dropIntroComma: Rule = {
  name: 'drop-intro-comma',
  levels: ['plain', 'easy'],
  triggers: [[','], [...openers]],
  candidates(tokens) {
    const first = tokens.findIndex((token) => token.kind === 'word')
    if (!openers.has(tokens[first]?.value.toLowerCase() ?? '')) return []
    let words = 0
    for (let index = first; index < tokens.length && words <= 5; index++) {
      const token = tokens[index]
      if (token?.kind === 'word') words++
      else if (token?.kind === 'punctuation') {
        if (token.value !== ',' || words < 2) return []
        // A comma inside a date (`On April 7, 2004,`, `On Sunday, August 28`) stays.
        const previous = tokens[index - 1]?.value ?? ''
        const next = tokens[index + 2]?.value ?? ''
        if ((/^\d/.test(previous) && /^\d/.test(next)) || weekdays.has(previous.toLowerCase())) return []
        // Not inside a list (`For integers a, b and c, …`): the word after the comma is no list item.
        const afterNext = tokens[index + 3]
        const following = tokens[index + 4]
        if (afterNext?.value === ',' || (afterNext?.kind === 'space' && following?.kind === 'word' && /^(and|or)$/.test(following.value))) return []
        // The clause after the comma must reach its verb without another comma (`In 1997, Ignacio Ramonet, editor of
        // …, renewed …`: the commas mark an aside there, and cutting one would leave the other alone).
        if (!verbBeforePause(tokens.slice(index + 1))) return []
        return [
          {
            sentences: [[...tokens.slice(0, index), ...tokens.slice(index + 1)]],
            reason: 'Cut the comma after the short opening phrase.',
            key: `intro@${index}`
          }
        ]
      }
    }
    return []
  }
}
