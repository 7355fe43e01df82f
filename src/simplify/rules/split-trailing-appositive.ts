import {hasFiniteVerb} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'
import {tokensText} from '../tokens-text.ts'

/** Words before a capitalised run that show it is only the end of a longer name or of a list (`House of Orbelian`, `Ice and Fire`). */
const joiners = new Set(['of', 'and', 'or', 'de', 'la', 'le', 'du', 'del', 'della', 'da', 'di', 'von', 'van', 'der', 'den', 'y', 'the', '&'])

/**
 * Give a description at the end of a sentence, after a name, its own sentence:
 * `Her mother was related to Charles Reade, a Victorian novelist.` → `Her mother
 * was related to Charles Reade. Charles Reade was a Victorian novelist.` Only
 * when the description opens with `a`, `an` or `the`, holds no verb, no list and
 * no pause, and the name is not the tail of a longer name; `is` or `was` follows
 * the tense of the sentence.
 */
/** Places a name's description may rank (`Kazakhstan’s biggest city`). */
const rankedPlaces = new Set(['city', 'town', 'port', 'state', 'region', 'province', 'island', 'village', 'capital', 'country'])

/**
 * Whether a description is a name's place by rank (`Kazakhstan’s biggest city`, `France’s capital`):
 * a capitalised word and `’s`, then only lower-case words, a superlative or ordinal and a place
 * noun last. `Tampa, Florida's Dallas Bull` (a place inside a town and state) is none.
 */
function possessiveName(description: Tokens): boolean {
  const first = description[0]
  if (first?.kind !== 'word' || !/^\p{Lu}/u.test(first.value)) return false
  let rest: Tokens
  if (/^\p{Lu}\p{L}+['’]s$/u.test(first.value)) rest = description.slice(1)
  else if ((description[1]?.value === '’' || description[1]?.value === "'") && description[2]?.value === 's') rest = description.slice(3)
  else return false
  const words = rest.filter((item) => item.kind === 'word').map((item) => item.value)
  if (words.length === 0 || words.some((value) => value !== value.toLowerCase())) return false
  if (!rankedPlaces.has(words.at(-1) ?? '')) return false
  return words.at(-1) === 'capital' || words.some((value) => /^[a-z]{3,}est$|^(most|second|third)$/.test(value))
}

export const splitTrailingAppositive: Rule = {
  name: 'split-trailing-appositive',
  levels: ['plain', 'easy'],
  triggers: [[','], ['a', 'an', 'the']],
  reorders: true,
  candidates(tokens, context) {
    const quoted = quotedTokens(tokens)
    const body = trimTokens(tokens)
    // The sentence must end in a full stop right after the description.
    let end = body.length
    if (body[end - 1]?.value === '.') end--
    for (let comma = end - 1; comma > 2; comma--) {
      const token = body[comma]
      if (token?.kind === 'punctuation' && token.value !== ',') {
        if (/^[;:()"“”–—]$/.test(token.value)) return []
        continue
      }
      if (token?.value !== ',') continue
      if (quoted[comma]) return []
      const description = trimTokens(body.slice(comma + 1, end))
      const opener = description[0]?.value.toLowerCase()
      // At easy also a name's (`Almaty, Kazakhstan’s biggest city.` → `Almaty is Kazakhstan’s biggest city.`).
      const namesOwner = context.level === 'easy' && possessiveName(description)
      if ((opener !== 'a' && opener !== 'an' && opener !== 'the' && !namesOwner) || wordCount(description) < 3) return []
      if (hasFiniteVerb(description) || description.some((item) => item.kind === 'word' && /^(and|or|who|which|that)$/i.test(item.value))) return []
      // The name: capitalised words (joined by spaces) right before the comma.
      let start = comma
      while (start > 0 && body[start - 1]?.kind === 'word' && /^\p{Lu}/u.test(body[start - 1]?.value ?? '')) {
        start--
        if (body[start - 1]?.kind === 'space' && /^\p{Lu}/u.test(body[start - 2]?.value ?? '')) start--
      }
      const name = body.slice(start, comma)
      const before = body.slice(0, start).filter((item) => item.kind !== 'space').at(-1)
      if (wordCount(name) === 0 || before === undefined || before.kind !== 'word' || joiners.has(before.value.toLowerCase())) return []
      const main = body.slice(0, comma)
      if (wordCount(main) < 4 || !hasFiniteVerb(main)) return []
      const past = main.some((item) => item.kind === 'word' && (/^(was|were|had)$/i.test(item.value) || isPastVerb(item.value.toLowerCase())))
      const second: Token[] = [...name, space, word(past ? 'was' : 'is'), space, ...description]
      const candidate: Candidate = {
        sentences: [closeSentence(main), closeSentence(second)],
        reason: `Gave the description “${tokensText(description, 0)}” its own sentence.`,
        key: `trailing-appositive@${comma}`
      }
      return [candidate]
    }
    return []
  }
}
