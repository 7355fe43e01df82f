import type {Tokens} from './sentence-tokens.ts'

/** The flags of each token list asked about (many rules ask about the same sentence). */
const flagsOf = new WeakMap<Tokens, boolean[]>()

/**
 * Find which tokens lie inside a quotation (`“…”`, `"…"` or `‘…’`), quote marks included.
 * Worked out once per token list; the flags are frozen, as every caller of the list shares them.
 *
 * Returns one flag per token.
 */
export function quotedTokens(tokens: Tokens): boolean[] {
  let flags = flagsOf.get(tokens)
  if (flags === undefined) {
    flags = quoteFlags(tokens)
    Object.freeze(flags)
    flagsOf.set(tokens, flags)
  }
  return flags
}

/** Returns one flag per token: whether it lies inside a quotation, quote marks included. */
function quoteFlags(tokens: Tokens): boolean[] {
  const flags: boolean[] = []
  let straight = false
  let curly = 0
  let single = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    const value = token?.value ?? ''
    const isMark = token?.kind === 'punctuation' || token?.kind === 'symbol'
    if (isMark && value === '"') {
      if (!straight) {
        straight = true
        flags.push(true)
        continue
      }
      straight = false
      flags.push(true)
      continue
    }
    if (isMark && (value === '“' || value === '«')) curly++
    if (isMark && value === '‘' && tokens[index + 1]?.kind === 'word') single++
    flags.push(straight || curly > 0 || single > 0)
    if (isMark && (value === '”' || value === '»') && curly > 0) curly--
    if (isMark && value === '’' && single > 0 && tokens[index + 1]?.kind !== 'word') single--
  }
  return flags
}

/** Returns the quotations of a text (quote marks excluded), in order. */
export function quotations(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/“([^”]*)”|"([^"]*)"|«([^»]*)»/g)) {
    found.push((match[1] ?? match[2] ?? match[3] ?? '').trim())
  }
  return found
}
