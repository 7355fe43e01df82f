import type {Candidate, Rule} from '../rule.ts'
import {replaceRange} from '../token-match.ts'
import {tokensText} from '../tokens-text.ts'

/**
 * Drop a remark in brackets: `Marin (to the south) borders it.` → `Marin borders it.`
 * The faithfulness guard keeps any bracket that holds a number, a name, a
 * negation or a quotation (at `plain`).
 */
export const dropParenthetical: Rule = {
  name: 'drop-parenthetical',
  levels: ['plain', 'easy'],
  triggers: [['(', '[']],
  candidates(tokens) {
    const found: Candidate[] = []
    for (let start = 0; start < tokens.length; start++) {
      if (tokens[start]?.value !== '(' && tokens[start]?.value !== '[') continue
      const closer = tokens[start]?.value === '(' ? ')' : ']'
      let end = start + 1
      let depth = 1
      while (end < tokens.length && depth > 0) {
        if (tokens[end]?.value === tokens[start]?.value) depth++
        if (tokens[end]?.value === closer) depth--
        end++
      }
      if (depth > 0) continue
      // A bracket inside a formula (`(a + b) + c`) is part of it.
      const near = [tokens[start - 1], tokens[start - 2], tokens[end], tokens[end + 1], ...tokens.slice(start, end)]
      if (near.some((item) => item?.kind === 'symbol' && /^[-+=×*÷/<>^%]$/.test(item.value))) continue
      const removed = tokensText(tokens, start, end)
      found.push({
        sentences: [replaceRange(tokens, start, end, [])],
        reason: `Dropped the side remark “${removed}”.`,
        key: `${removed}`
      })
    }
    return found
  }
}
