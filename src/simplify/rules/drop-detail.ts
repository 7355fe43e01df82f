import {mayLeaveOut} from '../easy-detail.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, wordCount} from '../sentence-tokens.ts'
import {replaceRange} from '../token-match.ts'
import {tokensText} from '../tokens-text.ts'

/** Words that open a trailing phrase of detail. */
const tailOpeners = new Set(['with', 'where', 'including', 'while', 'as', 'which', 'who', 'whose', 'when', 'after', 'before', 'despite', 'although', 'though', 'because', 'since', 'amid', 'following'])

/** Sentences longer than this many words lose trailing detail at `easy`. */
const easyLength = 15

/**
 * `easy` only: leave detail out, never alter it. Drops any remark in brackets
 * (`The bridge (built in 1904) is open.` → `The bridge is open.`) and, in a
 * sentence longer than 15 words, a trailing phrase after a comma
 * (`…spread across the country, with demands for …` → `…spread across the country.`).
 * Never a part holding a negation or a quotation; the guard still rejects anything added or changed.
 */
export const dropDetail: Rule = {
  name: 'drop-detail',
  levels: ['easy'],
  triggers: [['(', ',']],
  dropsDetail: true,
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let start = 0; start < tokens.length; start++) {
      if (tokens[start]?.value !== '(' || quoted[start]) continue
      const end = tokens.findIndex((token, index) => index > start && token.value === ')')
      if (end === -1) continue
      if (!mayLeaveOut(tokens, start, end + 1)) continue
      const removed = tokensText(tokens, start, end + 1)
      found.push({sentences: [replaceRange(tokens, start, end + 1, [])], reason: `Left out the detail “${removed}”.`, key: removed})
    }
    if (wordCount(tokens) > easyLength) {
      for (let index = tokens.length - 1; index > 0; index--) {
        if (tokens[index]?.value !== ',' || quoted[index]) continue
        const next = tokens[index + 2]
        if (next?.kind !== 'word' || !tailOpeners.has(next.value.toLowerCase())) continue
        const kept = closeSentence(tokens.slice(0, index))
        if (wordCount(kept) < 6) break
        // Never a negation or a quotation: `…, where they have said they will not vote for it.`
        if (!mayLeaveOut(tokens, index, tokens.length)) break
        const removed = tokensText(tokens, index + 2).replace(/[.!?]$/, '')
        found.push({sentences: [kept], reason: `Left out the detail “${removed}”.`, key: `tail@${index}`})
        break
      }
    }
    return found
  }
}
