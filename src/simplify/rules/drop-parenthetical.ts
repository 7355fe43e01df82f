import type {Candidate, Rule} from '../rule.ts'
import {replaceRange} from '../token-match.ts'
import {tokensText} from '../tokens-text.ts'

/** First words of a bracket that holds no fact of its own: a pointer or a pronunciation (`(see below)`, `(pronounced …)`). */
const noFact = new Set(['see', 'pictured', 'left', 'right', 'above', 'below', 'pronounced', 'pronunciation', 'listen', 'help', 'info'])

/**
 * Drop a remark in brackets. At `easy`, detail may go: `Marin (to the south)
 * borders it.` → `Marin borders it.` (the guard still keeps a bracket with a
 * number, a name, a negation or a quotation only at plain). At `plain`, where
 * every fact stays, only a bracket that holds none: an empty one, a pointer
 * (`(see below)`, `(pictured)`) or a pronunciation (`(pronounced …)`).
 */
export const dropParenthetical: Rule = {
  name: 'drop-parenthetical',
  levels: ['plain', 'easy'],
  triggers: [['(', '[']],
  candidates(tokens, context) {
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
      if (context.level === 'plain') {
        const words = tokens.slice(start + 1, end - 1).filter((item) => item.kind === 'word')
        if (words.length > 0 && !noFact.has((words[0]?.value ?? '').toLowerCase())) continue
      }
      found.push({
        sentences: [replaceRange(tokens, start, end, [])],
        reason: `Dropped the side remark “${removed}”.`,
        key: `${removed}`
      })
    }
    return found
  }
}
