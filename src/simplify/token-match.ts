import {space, word, type Token, type Tokens} from './sentence-tokens.ts'

// Regular expressions made once (a literal inside a function is a new object at every call).
/** A word and the comma, full stop, semicolon or colon after it. */
const trailingMark = /^(.*?)([,.;:]?)$/
/** A capital letter first. */
const upperCaseStart = /^\p{Lu}/u

/** Returns the lower-case words of a phrase such as `in order to`. */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean)
}

/**
 * Find every place where `words` occur as consecutive words separated by single spaces.
 *
 * Returns `[start, end)` token ranges.
 */
export function findPhrase(tokens: Tokens, words: readonly string[]): Array<[number, number]> {
  const found: Array<[number, number]> = []
  const first = words[0]
  if (first === undefined) return found
  for (const start of wordPlaces(tokens).get(first) ?? []) {
    let index = start
    let matched = 1
    // Reads stay inside the list (a read past its end makes V8 drop its optimised code).
    while (matched < words.length && index + 2 < tokens.length) {
      const gap = tokens[index + 1]
      const next = tokens[index + 2]
      if (gap?.kind !== 'space' || next?.kind !== 'word' || next.value.toLowerCase() !== words[matched]) break
      index += 2
      matched++
    }
    if (matched === words.length) found.push([start, index + 1])
  }
  return found
}

/** Where each word (lower case) stands in a token list, worked out once per list. */
const wordPlacesOf = new WeakMap<Tokens, Map<string, number[]>>()

/**
 * The places of each word of `tokens`, by lower-case word, in order: rules look for many
 * phrases in the same sentence, and most of them are not there at all.
 */
function wordPlaces(tokens: Tokens): Map<string, number[]> {
  // Rules ask about the same list many times in a row.
  if (tokens === lastTokens && lastPlaces !== undefined) return lastPlaces
  let places = wordPlacesOf.get(tokens)
  if (places === undefined) {
    places = new Map()
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word') continue
      const lower = token.value.toLowerCase()
      const list = places.get(lower)
      if (list === undefined) places.set(lower, [index])
      else list.push(index)
    }
    wordPlacesOf.set(tokens, places)
  }
  lastTokens = tokens
  lastPlaces = places
  return places
}

/** The list `wordPlaces` was last asked about, and its answer. */
let lastTokens: Tokens | undefined
let lastPlaces: Map<string, number[]> | undefined

/** Returns whether the word at `index` is the first word of the sentence. */
export function isFirstWord(tokens: Tokens, index: number): boolean {
  for (let before = 0; before < index; before++) {
    const token = tokens[before]
    if (token?.kind === 'word') return false
  }
  return true
}

/** Returns the tokens for `text`: words separated by single spaces, punctuation attached. */
export function phraseTokens(text: string): Token[] {
  const tokens: Token[] = []
  for (const part of text.split(' ')) {
    if (part === '') continue
    if (tokens.length > 0) tokens.push(space)
    const match = trailingMark.exec(part)
    tokens.push(word(match?.[1] ?? part))
    if (match?.[2]) tokens.push({kind: 'punctuation', value: match[2]})
  }
  return tokens
}

/**
 * Replace tokens `[start, end)` with `replacement` (which may be empty), keeping
 * the capital of a first word and removing a doubled space.
 *
 * Returns the new token list.
 */
export function replaceRange(tokens: Tokens, start: number, end: number, replacement: readonly Token[]): Token[] {
  const result = [...tokens.slice(0, start)]
  let after = tokens.slice(end)
  const first = isFirstWord(tokens, start)
  let insert = [...replacement]
  const original = tokens[start]
  const capital = original !== undefined && upperCaseStart.test(original.value)
  if (insert.length === 0) {
    // Remove one space next to the deleted words.
    if (after[0]?.kind === 'space') after = after.slice(1)
    else if (result.at(-1)?.kind === 'space') result.pop()
    if (first) {
      // A deleted first word: drop a following comma and capitalise what follows.
      while (after[0]?.kind === 'space' || (after[0]?.kind === 'punctuation' && after[0].value === ',')) after = after.slice(1)
      const index = after.findIndex((token) => token.kind === 'word')
      const next = after[index]
      if (capital && next) {
        after = [...after]
        after[index] = word(next.value.charAt(0).toUpperCase() + next.value.slice(1))
      }
    }
  } else if (capital && first) {
    const head = insert[0]
    if (head) insert[0] = word(head.value.charAt(0).toUpperCase() + head.value.slice(1))
  }
  if (insert.length > 0 && !first && result.at(-1) !== undefined && result.at(-1)?.kind !== 'space' && result.at(-1)?.value !== '(') {
    insert = [space, ...insert]
  }
  return [...result, ...insert, ...after]
}

/** Returns the lower-case words of the tokens. */
export function lowerWords(tokens: Tokens): string[] {
  const words: string[] = []
  for (const token of tokens) if (token.kind === 'word') words.push(token.value.toLowerCase())
  return words
}
