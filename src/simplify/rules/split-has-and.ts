import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Token} from '../sentence-tokens.ts'

/** Pronoun subjects, which the second sentence can repeat as they are. */
const pronouns = new Set(['It', 'They', 'He', 'She', 'We'])

/** Forms of `have` as the main verb. */
const haveForms = new Set(['has', 'have', 'had'])

/** Words that open a second thing someone has (`and many reserves`, `and large oil fields`). */
const amountWords = new Set(['many', 'several', 'large', 'huge', 'vast', 'big', 'rich'])

/** Places a ranking is within (`the highest GDP … in the region`). */
const rankingPlaces = new Set(['region', 'area', 'world', 'country', 'continent', 'city', 'state'])

/**
 * Whether the first object is a ranking within a place (`by far the highest GDP per capita in the
 * region`): a superlative in it and `in the <place>` right before `and`, so a second thing with an amount
 * word (`and many reserves`) cannot belong inside it. Any other first object (`a meeting with the mayor
 * and several officials`) might take the second thing, and stays.
 */
function rankingInPlace(words: readonly string[]): boolean {
  const n = words.length
  if (words[n - 3] !== 'in' || words[n - 2] !== 'the' || !rankingPlaces.has(words[n - 1] ?? '')) return false
  return words.slice(2, n - 3).some((value) => value === 'most' || /^[a-z]{3,}est$/.test(value))
}

/** Most words of the second thing (`many reserves`, `vast oil and gas fields` is too long). */
const mostSecondWords = 4

/**
 * `easy` only: `It has by far the highest GDP per capita in the region and many reserves.` → `It has
 * by far the highest GDP per capita in the region. It also has many reserves.`: a pronoun subject,
 * `has`, `have` or `had` right after it, a first object that ranks within a place (`the highest …
 * in the region`), and a short closing second object opening with an amount word (`many`, `several`,
 * `large`) that holds no pause, no verb-like `-ed` or `-ing` word and no number. (`also` may later be
 * cut as filler.)
 */
export const splitHasAnd: Rule = {
  name: 'split-has-and',
  levels: ['easy'],
  candidates(tokens) {
    const found: Candidate[] = []
    if (quotedTokens(tokens).some(Boolean)) return found
    const body = trimTokens(tokens)
    if (body.at(-1)?.value !== '.') return found
    const subject = body[0]
    const verb = body[2]
    if (subject?.kind !== 'word' || !pronouns.has(subject.value) || body[1]?.kind !== 'space') return found
    if (verb?.kind !== 'word' || !haveForms.has(verb.value)) return found
    for (let index = 4; index < body.length - 3; index++) {
      if (body[index]?.value !== 'and' || body[index - 1]?.kind !== 'space' || body[index + 1]?.kind !== 'space') continue
      if (!amountWords.has(body[index + 2]?.value ?? '')) continue
      const first = body.slice(0, index - 1)
      const second = body.slice(index + 2, body.length - 1)
      if (wordCount(second) > mostSecondWords || wordCount(first) < 6) continue
      if (!rankingInPlace(first.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase()))) continue
      if (second.some((item) => item.kind !== 'word' && item.kind !== 'space')) continue
      if (second.some((item) => item.kind === 'word' && /(ed|ing)$|\d/.test(item.value))) continue
      const also: Token[] = [word(subject.value), space, word('also'), space, word(verb.value), space, ...second]
      found.push({
        sentences: [closeSentence(first), closeSentence(also)],
        reason: 'Gave the second thing it has its own sentence.',
        key: `has-and@${index}`
      })
    }
    return found
  }
}
