import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'

/** One token of a sentence: a word, punctuation, a symbol or white space. */
export interface Token {
  readonly kind: 'word' | 'punctuation' | 'symbol' | 'space'
  readonly value: string
}

/** A sentence as the simplifier sees it: a flat list of tokens. */
export type Tokens = readonly Token[]

const parser = new ParseEnglish()

// Regular expressions made once (a literal inside a function is a new object at every call).
/** Three digits first (`000` of `1,000`). */
const threeDigitsFirst = /^\d{3}\b/
/** A digit last. */
const digitLast = /\d$/
/** A comma, semicolon, colon or dash that cannot end a sentence. */
const danglingMark = /^[,;:–—-]$/
/** Marks that end a sentence. */
const endMarks = /^[.!?…]+$/
/** A full stop last. */
const fullStopLast = /\.$/
/** A closing quote mark or bracket. */
const closingMark = /^["”’)\]]$/

const kinds: Record<string, Token['kind']> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'space',
  SourceNode: 'word'
}

/** Flatten one nlcst sentence into tokens, keeping `1,000` and `3,500,000` as one word. */
export function sentenceTokens(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  for (const child of sentence.children) {
    const value = toString(child)
    const kind = kinds[child.type] ?? 'symbol'
    const last = tokens.at(-1)
    const before = tokens.at(-2)
    // `1` `,` `000` → `1,000`.
    if (
      kind === 'word' &&
      threeDigitsFirst.test(value) &&
      last?.value === ',' &&
      before?.kind === 'word' &&
      digitLast.test(before.value)
    ) {
      tokens.splice(-2, 2, {kind: 'word', value: before.value + ',' + value})
      continue
    }
    tokens.push({kind, value})
  }
  return tokens
}

/**
 * Parse `text` with `parse-english` (abbreviations, decimals and initials stay
 * inside their sentence).
 *
 * Returns every sentence of the text as tokens.
 */
export function tokenize(text: string): Token[][] {
  const tree = parser.parse(text)
  const sentences: Token[][] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const node of paragraph.children) {
      if (node.type === 'SentenceNode') sentences.push(sentenceTokens(node))
    }
  }
  return sentences
}

/** Returns the text of tokens, with leading and trailing white space removed. */
export function render(tokens: Tokens): string {
  let text = ''
  for (const token of tokens) text += token.value
  return text.trim()
}

/** Returns the tokens without white space at either end. */
export function trimTokens(tokens: Tokens): Token[] {
  let start = 0
  let end = tokens.length
  while (start < end && tokens[start]?.kind === 'space') start++
  while (end > start && tokens[end - 1]?.kind === 'space') end--
  return tokens.slice(start, end)
}

/** Returns how many words the tokens hold. */
export function wordCount(tokens: Tokens): number {
  let count = 0
  for (const token of tokens) if (token.kind === 'word') count++
  return count
}

/** Returns a word token. */
export function word(value: string): Token {
  return {kind: 'word', value}
}

/** A single space token. */
export const space: Token = {kind: 'space', value: ' '}

/** Returns the tokens with the first letter of the first word in upper case. */
export function capitalize(tokens: Tokens): Token[] {
  const result = [...tokens]
  const index = result.findIndex((token) => token.kind === 'word')
  const first = result[index]
  if (first) result[index] = {kind: 'word', value: first.value.charAt(0).toUpperCase() + first.value.slice(1)}
  return result
}

/** Returns the tokens ending in `.` unless they already end in `.`, `!` or `?` (before closing quotes). */
export function closeSentence(tokens: Tokens): Token[] {
  const result = trimTokens(tokens)
  // Drop dangling commas, semicolons, colons and dashes at the end.
  while (result.length > 0) {
    const last = result.at(-1)
    if (last?.kind === 'punctuation' && danglingMark.test(last.value)) {
      result.pop()
      while (result.at(-1)?.kind === 'space') result.pop()
    } else break
  }
  for (let index = result.length - 1; index >= 0; index--) {
    const token = result[index]
    if (token === undefined) break
    if (token.kind === 'punctuation' && endMarks.test(token.value)) return result
    // `parse-english` keeps a full stop after a number or an abbreviation in the word (`14.`, `Inc.`).
    if (token.kind === 'word' && fullStopLast.test(token.value)) return result
    if (token.kind === 'punctuation' && closingMark.test(token.value)) continue
    break
  }
  result.push({kind: 'punctuation', value: '.'})
  return result
}
