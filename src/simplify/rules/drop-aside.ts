import type {Candidate, Rule} from '../rule.ts'
import {replaceRange} from '../token-match.ts'
import {tokensText} from '../tokens-text.ts'

/** Words that only comment: `, however,` `, in fact,` `, for example,`. */
const asides = new Set(['however', 'in fact', 'indeed', 'of course', 'moreover', 'furthermore', 'therefore', 'thus', 'though'])

/**
 * Drop an aside between dashes (`The city – the oldest in the region – grew.`)
 * or a linking word between commas (`It was, however, small.`). The guard keeps
 * any aside that holds a number, a name, a negation or a quotation.
 */
export const dropAside: Rule = {
  name: 'drop-aside',
  levels: ['plain', 'easy'],
  triggers: [['–', '—', '-', ...[...asides].map((phrase) => phrase.split(' ').at(-1) ?? '')]],
  candidates(tokens) {
    const found: Candidate[] = []
    for (let start = 1; start < tokens.length; start++) {
      const value = tokens[start]?.value ?? ''
      if (value === '–' || value === '—' || (value === '-' && tokens[start - 1]?.kind === 'space')) {
        let end = start + 1
        while (end < tokens.length && tokens[end]?.value !== value) end++
        if (end >= tokens.length) continue
        const removed = tokensText(tokens, start, end + 1)
        found.push({
          sentences: [replaceRange(tokens, start, end + 1, [])],
          reason: `Dropped the aside “${removed}”.`,
          key: removed
        })
        start = end
      } else if (value === ',') {
        let end = start + 1
        const words: string[] = []
        while (end < tokens.length && tokens[end]?.value !== ',' && words.length < 3) {
          if (tokens[end]?.kind === 'word') words.push((tokens[end]?.value ?? '').toLowerCase())
          end++
        }
        const phrase = words.join(' ')
        const closing = tokens[end]?.value === ',' || tokens[end]?.value === '.'
        if (!closing || !asides.has(phrase)) continue
        // `was, however, too` → `was too`; `was small, however.` → `was small.`
        const keepFrom = tokens[end]?.value === '.' ? end : end + 1
        found.push({
          sentences: [[...tokens.slice(0, start), ...tokens.slice(keepFrom)]],
          reason: `Dropped the linking word “${phrase}”.`,
          key: `${phrase}@${start}`
        })
      }
    }
    return found
  }
}
