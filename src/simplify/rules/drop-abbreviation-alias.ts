import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {replaceRange} from '../token-match.ts'

/** Small words a name's abbreviation usually skips (`Department of State` → `DOS` or `DS`). */
const skipped = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'le', 'von', 'van', 'on', 'in', 'at', '&'])

/**
 * Returns whether `letters` are the initials of the words before (capitalised
 * words, small joining words optional), read backwards from the bracket:
 * `central processing unit (CPU)`, `European Southern Observatory (ESO)`.
 */
function spellsInitials(words: readonly string[], letters: string): boolean {
  let at = letters.length - 1
  for (let index = words.length - 1; index >= 0 && at >= 0; index--) {
    const value = words[index] ?? ''
    const initial = value.charAt(0).toUpperCase()
    if (initial === letters.charAt(at)) {
      at--
      continue
    }
    if (skipped.has(value.toLowerCase())) continue
    return false
  }
  return at < 0
}

/**
 * Drop an abbreviation in brackets right after the words it abbreviates:
 * `The central processing unit (CPU) runs programs.` → `The central processing
 * unit runs programs.` The name stays, spelled out, and nothing else is lost.
 * Only when the letters are exactly the words' initials and the rest of the
 * text does not use the abbreviation (`usedAbbreviations`): there the reader
 * needs its definition.
 */
export const dropAbbreviationAlias: Rule = {
  name: 'drop-abbreviation-alias',
  levels: ['plain', 'easy'],
  triggers: [['('], [')']],
  candidates(tokens, context) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let open = 2; open + 2 < tokens.length; open++) {
      if (tokens[open]?.value !== '(' || tokens[open + 2]?.value !== ')' || quoted[open]) continue
      const abbreviation = tokens[open + 1]
      if (abbreviation?.kind !== 'word' || !/^[A-Z]{2,6}$/.test(abbreviation.value) || tokens[open - 1]?.kind !== 'space') continue
      const words: string[] = []
      for (let index = open - 2; index >= 0 && words.length < 10; index--) {
        const token = tokens[index]
        if (token?.kind === 'word') words.unshift(token.value)
        else if (token?.kind !== 'space') break
      }
      if (!spellsInitials(words, abbreviation.value) || context.usedAbbreviations?.has(abbreviation.value)) continue
      found.push({
        sentences: [replaceRange(tokens, open, open + 3, [])],
        reason: `Left out “(${abbreviation.value})”: the name is spelled out just before it.`,
        key: `alias@${open}`,
        drops: [abbreviation.value]
      })
    }
    return found
  }
}
