import type {Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'

/** One sentence of the original text, addressed by a stable id. */
export interface SentenceData {
  /** `s1`, `s2`, … in reading order; stable for the same text. */
  readonly id: string
  readonly text: string
  /** 1-based line and column of the sentence in the parsed document. */
  readonly line: number
  readonly column: number
}

/** One paragraph of the original text and its sentences. */
export interface ParagraphData {
  /** `p1`, `p2`, … in reading order. */
  readonly id: string
  readonly sentences: readonly SentenceData[]
}

declare module 'vfile' {
  interface DataMap {
    /** Paragraphs and sentences of the original text, set by `sentenceModel`. */
    paragraphs: ParagraphData[]
  }
}

declare module 'unist' {
  interface Data {
    /** The sentence or paragraph id given by `sentenceModel`. */
    id?: string | undefined
  }
}

const opening = /[“‘«„]/g
const closing = /[”’»]/g
const straight = /"/g

/** Whether a quotation opened in `value` is still open at its end. */
function quoteOpen(value: string): boolean {
  const open = (value.match(opening) ?? []).length
  const close = (value.match(closing) ?? []).length
  // ’ is also the apostrophe (“Kazakhstan’s”): count it as closing only when an opening one is pending.
  const apostrophes = (value.match(/\p{L}’\p{L}/gu) ?? []).length
  const curlyOpen = open - (close - apostrophes) > 0
  const straightOpen = (value.match(straight) ?? []).length % 2 === 1
  return curlyOpen || straightOpen
}

/**
 * Merge a sentence that ends inside an open quotation with the sentences after it,
 * so `He said “Stop. Now.” and left.` stays one sentence.
 */
function mergeQuotedSentences(paragraph: Paragraph): void {
  const children = paragraph.children
  let index = 0
  while (index < children.length) {
    const node = children[index]
    if (node?.type !== 'SentenceNode' || !quoteOpen(toString(node))) {
      index++
      continue
    }
    // Find the next sentence in this paragraph.
    let next = index + 1
    while (next < children.length && children[next]?.type !== 'SentenceNode') next++
    const following = children[next]
    if (following?.type !== 'SentenceNode') break
    const between = children.slice(index + 1, next).filter((child) => child.type === 'WhiteSpaceNode')
    node.children.push(...between, ...following.children)
    if (node.position && following.position) node.position.end = following.position.end
    children.splice(index + 1, next - index)
  }
}

/**
 * Give every paragraph and sentence of the tree a stable id and store the
 * sentence model on `file.data.paragraphs`.
 *
 * Sentences are split by `parse-english` (abbreviations, decimals and initials stay
 * inside their sentence); a sentence that ends inside an open quotation is merged
 * with the next one.
 *
 * @returns Transform.
 */
export default function sentenceModel() {
  return function (tree: Root, file: VFile): undefined {
    const paragraphs: ParagraphData[] = []
    let sentenceCount = 0
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      mergeQuotedSentences(child)
      const sentences: SentenceData[] = []
      for (const node of child.children) {
        if (node.type !== 'SentenceNode') continue
        const text = toString(node).trim()
        if (text === '') continue
        const id = `s${++sentenceCount}`
        node.data = {...node.data, id}
        sentences.push({
          id,
          text,
          line: node.position?.start.line ?? 1,
          column: node.position?.start.column ?? 1
        })
      }
      if (sentences.length === 0) continue
      const id = `p${paragraphs.length + 1}`
      child.data = {...child.data, id}
      paragraphs.push({id, sentences})
    }
    file.data.paragraphs = paragraphs
  }
}

/** Every sentence node of the tree that `sentenceModel` gave an id, in reading order. */
export function sentenceNodes(tree: Root): Sentence[] {
  const result: Sentence[] = []
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    for (const node of child.children) {
      if (node.type === 'SentenceNode' && node.data?.id) result.push(node)
    }
  }
  return result
}
