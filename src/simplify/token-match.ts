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
  const index = wordIndex(tokens)
  for (const start of index.places.get(first) ?? []) {
    let at = start
    let matched = 1
    // Reads stay inside the list (a read past its end makes V8 drop its optimised code).
    while (matched < words.length && at + 2 < tokens.length) {
      if (tokens[at + 1]?.kind !== 'space' || index.lower[at + 2] !== words[matched]) break
      at += 2
      matched++
    }
    if (matched === words.length) found.push([start, at + 1])
  }
  return found
}

/** The words of a token list in lower case, by place and by word. */
interface WordIndex {
  /** Per token: the word in lower case, or `undefined` for a token that is no word. */
  readonly lower: ReadonlyArray<string | undefined>
  /** The places of each word (lower case), in order. */
  readonly places: ReadonlyMap<string, readonly number[]>
}

/** The index of each token list, worked out once per list. */
const wordIndexOf = new WeakMap<Tokens, WordIndex>()

/**
 * The lower-case words of `tokens` by place and by word: rules look for many phrases in the
 * same sentence, and most of them are not there at all.
 */
function wordIndex(tokens: Tokens): WordIndex {
  // Rules ask about the same list many times in a row.
  if (tokens === lastTokens && lastIndex !== undefined) return lastIndex
  let index = wordIndexOf.get(tokens)
  if (index === undefined) {
    const lower: Array<string | undefined> = []
    const places = new Map<string, number[]>()
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]
      if (token?.kind !== 'word') {
        lower.push(undefined)
        continue
      }
      const value = token.value.toLowerCase()
      lower.push(value)
      const list = places.get(value)
      if (list === undefined) places.set(value, [at])
      else list.push(at)
    }
    index = {lower, places}
    wordIndexOf.set(tokens, index)
  }
  lastTokens = tokens
  lastIndex = index
  return index
}

/** The list `wordIndex` was last asked about, and its answer. */
let lastTokens: Tokens | undefined
let lastIndex: WordIndex | undefined

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
