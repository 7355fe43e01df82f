import {isMap, isScalar, LineCounter, parseDocument, type Document} from 'yaml'

/** A problem found in a content file, with the 1-based line it is on. */
export interface ContentProblem {
  readonly line: number
  readonly reason: string
}

/** A content file split into its YAML front matter and its Markdown body. */
export interface SplitFile {
  /** The parsed YAML document, or `undefined` when the file has no front matter. */
  readonly document: Document | undefined
  /** Line (1-based) in the file where the front matter's YAML starts. */
  readonly yamlStartLine: number
  /** Turns an offset into the YAML text into a 1-based line of the file. */
  readonly lineOf: (offset: number) => number
  /** The Markdown body after the closing fence. */
  readonly body: string
  /** Line (1-based) in the file where the body starts. */
  readonly bodyStartLine: number
  readonly problems: readonly ContentProblem[]
}

const fence = /^---[ \t]*$/

/**
 * Split `text` into front matter and body and parse the front matter as YAML.
 *
 * Returns the document, the body, and YAML syntax problems with the file's line numbers.
 */
export function splitFrontMatter(text: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (!fence.test(lines[0] ?? '')) {
    return {
      document: undefined,
      yamlStartLine: 1,
      lineOf: () => 1,
      body: lines.join('\n'),
      bodyStartLine: 1,
      problems: [{line: 1, reason: 'Expected front matter: the file must start with a `---` line'}]
    }
  }

  let close = -1
  for (let index = 1; index < lines.length; index++) {
    if (fence.test(lines[index] ?? '')) {
      close = index
      break
    }
  }

  if (close === -1) {
    return {
      document: undefined,
      yamlStartLine: 2,
      lineOf: () => 1,
      body: '',
      bodyStartLine: lines.length + 1,
      problems: [{line: 1, reason: 'Unclosed front matter: add a `---` line after the YAML'}]
    }
  }

  const yamlText = lines.slice(1, close).join('\n')
  const counter = new LineCounter()
  const document = parseDocument(yamlText, {lineCounter: counter, prettyErrors: false})
  const lineOf = (offset: number) => counter.linePos(offset).line + 1
  const problems: ContentProblem[] = document.errors.map((error) => ({
    line: lineOf(error.pos[0]),
    reason: 'Invalid YAML: ' + error.message.split('\n')[0]
  }))

  if (problems.length === 0 && !isMap(document.contents)) {
    problems.push({line: 2, reason: 'Front matter must be a YAML mapping of `key: value` lines'})
  }

  return {
    document,
    yamlStartLine: 2,
    lineOf,
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
    problems
  }
}

/** Line (1-based, in the file) of the value of `key` in the front matter, or of the front matter's start. */
export function lineOfKey(split: SplitFile, key: string): number {
  const contents = split.document?.contents
  if (!isMap(contents)) return split.yamlStartLine
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.value === key) {
      const node = (pair.value ?? pair.key) as {range?: [number, number, number]}
      return split.lineOf(node.range?.[0] ?? 0)
    }
  }
  return split.yamlStartLine
}
