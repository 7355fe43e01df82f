import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {space, word, type Token, type Tokens} from '../sentence-tokens.ts'

/** `extend` in each form, with `make` in the same form. */
const makes: ReadonlyMap<string, string> = new Map([
  ['extended', 'made'], ['extends', 'makes'], ['extend', 'make'], ['extending', 'making']
])

/** Things that last a time, which `extended by N` makes `N longer` (a deadline or a road is no such thing). */
const lastingThings = new Set(['break', 'holiday', 'holidays', 'vacation', 'season', 'term', 'ban', 'lockdown', 'curfew', 'stay', 'contract', 'visit', 'leave', 'shutdown', 'closure', 'ceasefire', 'truce'])

/** Words that may stand before the lasting thing (`their winter break`). */
const determiners = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'a'])

/** Most words from the determiner to the lasting thing (`their winter school break`). */
const mostThingWords = 4

/** Words of the amount after `by`: a number or number word, then one unit of time. */
const units = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours'])

/** The word tokens from `start`, each with its index, while they are separated by single spaces. */
function wordsFrom(tokens: Tokens, start: number, count: number): Array<{value: string; index: number}> {
  const words: Array<{value: string; index: number}> = []
  for (let at = start; at < tokens.length && words.length < count; at += 2) {
    const token = tokens[at]
    if (token?.kind !== 'word') break
    words.push({value: token.value, index: at})
    if (tokens[at + 1]?.kind !== 'space') break
  }
  return words
}

/**
 * `easy` only: `have extended their winter break by one week` → `have made their winter break one week
 * longer`: only for a thing that lasts a time (a break, a ban, a curfew), an amount of two words (a
 * number and a unit of time), never inside a quotation.
 */
export const easyMadeLonger: Rule = {
  name: 'easy-made-longer',
  levels: ['easy'],
  candidates(tokens) {
    const found: Candidate[] = []
    const quoted = quotedTokens(tokens)
    for (let index = 0; index < tokens.length; index++) {
      const make = makes.get(tokens[index]?.value ?? '')
      if (make === undefined || quoted[index] || tokens[index + 1]?.kind !== 'space') continue
      const words = wordsFrom(tokens, index + 2, mostThingWords + 3)
      if (!determiners.has(words[0]?.value ?? '')) continue
      const by = words.findIndex((item) => item.value === 'by')
      if (by < 2 || by > mostThingWords || !lastingThings.has(words[by - 1]?.value ?? '')) continue
      const amount = words.slice(by + 1, by + 3)
      if (amount.length !== 2 || !units.has(amount[1]?.value ?? '')) continue
      const thing = words.slice(0, by)
      if (thing.some((item) => /^\p{Lu}/u.test(item.value))) continue
      const end = (amount[1]?.index ?? 0) + 1
      const phrase: Token[] = [word(make)]
      for (const item of [...thing, ...amount]) phrase.push(space, word(item.value))
      phrase.push(space, word('longer'))
      found.push({
        sentences: [[...tokens.slice(0, index), ...phrase, ...tokens.slice(end)]],
        reason: `Said “${tokens[index]?.value ?? ''} … by …” as “${make} … longer”.`,
        key: `made-longer@${index}`
      })
    }
    return found
  }
}
