import type {Rule} from '../rule.ts'

/** Words that open a short introductory phrase. */
const openers = new Set(['in', 'on', 'at', 'by', 'during', 'after', 'before', 'since', 'from', 'until', 'over', 'for', 'later', 'today', 'then', 'now', 'soon', 'once'])

/**
 * Cut the comma after a short opening phrase, as plain-style guides do:
 * `In 2004, he moved.` → `In 2004 he moved.` (at most five words before the comma).
 */
export const dropIntroComma: Rule = {
  name: 'drop-intro-comma',
  levels: ['plain', 'easy'],
  triggers: [[','], [...openers]],
  candidates(tokens) {
    const first = tokens.findIndex((token) => token.kind === 'word')
    if (!openers.has(tokens[first]?.value.toLowerCase() ?? '')) return []
    let words = 0
    for (let index = first; index < tokens.length && words <= 5; index++) {
      const token = tokens[index]
      if (token?.kind === 'word') words++
      else if (token?.kind === 'punctuation') {
        if (token.value !== ',' || words < 2) return []
        return [
          {
            sentences: [[...tokens.slice(0, index), ...tokens.slice(index + 1)]],
            reason: 'Cut the comma after the short opening phrase.',
            key: `intro@${index}`
          }
        ]
      }
    }
    return []
  }
}
