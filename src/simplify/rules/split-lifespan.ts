import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, type Token, type Tokens} from '../sentence-tokens.ts'
import {replaceRange} from '../token-match.ts'
import {isCommonWord} from '../word-frequency.ts'
import {tokensText} from '../tokens-text.ts'

const months = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/** Nouns for people: after `was a …` they show that a range of years is a lifetime, not a war or a reign. */
const personNouns = new Set([
  'actor', 'actress', 'writer', 'poet', 'painter', 'composer', 'singer', 'politician', 'player', 'author', 'artist',
  'musician', 'scientist', 'philosopher', 'architect', 'engineer', 'physicist', 'chemist', 'mathematician',
  'historian', 'director', 'producer', 'footballer', 'cricketer', 'inventor', 'explorer', 'king', 'queen',
  'emperor', 'bishop', 'priest', 'journalist', 'novelist', 'playwright', 'photographer', 'sculptor', 'economist',
  'lawyer', 'judge', 'businessman', 'soldier', 'botanist', 'zoologist', 'biologist', 'astronomer', 'theologian',
  'teacher', 'activist', 'boxer', 'wrestler', 'athlete', 'designer', 'dancer', 'pianist', 'violinist',
  'conductor', 'cartoonist', 'illustrator', 'man', 'woman', 'statesman', 'diplomat', 'pope', 'saint', 'monk',
  'nun', 'physician', 'surgeon', 'linguist', 'psychologist', 'sociologist', 'anthropologist', 'geologist',
  'screenwriter', 'comedian', 'entertainer', 'guitarist', 'drummer', 'rapper', 'bandleader', 'lyricist'
])

/** Returns the capitalised name that ends right before `index` (words joined by spaces or hyphens), or undefined. */
function nameBefore(tokens: Tokens, index: number): Token[] | undefined {
  let start = index
  while (start > 0) {
    const previous = tokens[start - 1]
    if (previous?.kind === 'word' && /^\p{Lu}/u.test(previous.value)) {
      start--
      const gap = tokens[start - 1]
      if ((gap?.kind === 'space' || gap?.value === '-') && tokens[start - 2]?.kind === 'word' && /^\p{Lu}/u.test(tokens[start - 2]?.value ?? '')) start--
      else break
    } else break
  }
  const name = tokens.slice(start, index)
  const words = name.filter((token) => token.kind === 'word')
  const first = words[0]
  if (first === undefined) return undefined
  // One capitalised word that opens the sentence may just be a capitalised common word.
  const opens = tokens.slice(0, start).every((token) => token.kind !== 'word')
  if (words.length === 1 && (opens || isCommonWord(first.value))) return undefined
  // Letters after a name (`Cranston, CM`) and a title after a comma are not the person's name.
  if (words.every((token) => token.value === token.value.toUpperCase()) || tokens[start - 1]?.value === ',' || tokens[start - 2]?.value === ',') return undefined
  return name
}

/** Returns whether the tokens hold a month name. */
function hasMonth(tokens: Tokens): boolean {
  return tokens.some((token) => token.kind === 'word' && months.has(token.value.toLowerCase()))
}

/** Returns whether the tokens are a date: words that are months or numbers (`May 8, 1911`, `1904`, `c. 1500`). */
function isDate(tokens: Tokens): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  return (
    words.length > 0 &&
    words.some((token) => /^\d{3,4}$/.test(token.value)) &&
    words.every((token) => /^\d{1,4}(st|nd|rd|th)?$/.test(token.value) || months.has(token.value.toLowerCase())) &&
    tokens.every((token) => token.kind !== 'punctuation' || token.value === ',' || token.value === '.')
  )
}

/** Returns whether the words after the brackets call the person a person (`was an American actor`). */
function describesPerson(tokens: Tokens): boolean {
  const words = tokens.filter((token) => token.kind === 'word').slice(0, 10).map((token) => token.value.toLowerCase())
  return (words[0] === 'was' || words[0] === 'is') && words.some((item) => personNouns.has(item))
}

/**
 * Give the dates of a person's life, in brackets after the name, their own
 * sentence: `Ann Lee (born May 3, 1950) is a singer.` → `Ann Lee is a singer.
 * Ann Lee was born on May 3, 1950.` and `Jo Park (1904 – 1961) was a poet.` →
 * `Jo Park was a poet. Jo Park lived from 1904 to 1961.` Only where the shape is
 * certain: `born` and a date, or two dates with a month, or two years when the
 * sentence calls the name a person.
 */
export const splitLifespan: Rule = {
  name: 'split-lifespan',
  levels: ['plain', 'easy'],
  triggers: [['('], [')']],
  reorders: true,
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    for (let open = 2; open < tokens.length; open++) {
      if (tokens[open]?.value !== '(' || quoted[open] || tokens[open - 1]?.kind !== 'space') continue
      const close = tokens.findIndex((token, index) => index > open && token.value === ')')
      if (close === -1) continue
      const name = nameBefore(tokens, open - 1)
      if (name === undefined) continue
      const inside = trimTokens(tokens.slice(open + 1, close))
      const first = inside[0]
      let sentence: Token[] | undefined
      if (first?.kind === 'word' && first.value.toLowerCase() === 'born') {
        let date = trimTokens(inside.slice(1))
        const lead = date[0]?.value.toLowerCase()
        if (lead === 'in' || lead === 'on') date = trimTokens(date.slice(1))
        if (!isDate(date)) continue
        const preposition = hasMonth(date) && /\d/.test(tokensText(date, 0).replace(/\d{4}/g, '')) ? 'on' : 'in'
        sentence = [...name, space, word('was'), space, word('born'), space, word(preposition), space, ...date]
      } else {
        const dash = inside.findIndex((token) => /^[–—-]$/.test(token.value) || (token.kind === 'word' && token.value === 'to'))
        if (dash === -1) continue
        const from = trimTokens(inside.slice(0, dash))
        const to = trimTokens(inside.slice(dash + 1))
        if (!isDate(from) || !isDate(to)) continue
        if (!hasMonth(inside) && !describesPerson(trimTokens(tokens.slice(close + 1)))) continue
        sentence = [...name, space, word('lived'), space, word('from'), space, ...from, space, word('to'), space, ...to]
      }
      // `Ann Lee (born 1950), a singer, …` keeps its comma; only the brackets and the space before them go.
      const main = replaceRange(tokens, open, close + 1, [])
      const removed = tokensText(tokens, open, close + 1)
      const candidate: Candidate = {
        sentences: [closeSentence(main), closeSentence(sentence)],
        reason: `Gave the dates “${removed}” their own sentence.`,
        key: `lifespan@${open}`
      }
      return [candidate]
    }
    return []
  }
}
