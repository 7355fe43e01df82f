import {opensClause} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount} from '../sentence-tokens.ts'

/**
 * Put the main clause of `Despite X, Y.` first: `Despite the rain, the match
 * went ahead.` → `The match went ahead. This was despite the rain.` Only when
 * the sentence opens with `Despite` or `In spite of`, the first comma closes
 * that phrase (no quote, colon or dash inside it), and a whole clause follows
 * (at plain, one without a further comma).
 */
export const splitDespite: Rule = {
  name: 'split-despite',
  levels: ['plain', 'easy'],
  reorders: true,
  candidates(tokens, context) {
    const body = trimTokens(tokens)
    const words = body.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
    const openerLength = words[0] === 'despite' ? 1 : words[0] === 'in' && words[1] === 'spite' && words[2] === 'of' ? 3 : 0
    if (openerLength === 0) return []
    const comma = body.findIndex((item) => item.kind === 'punctuation' && item.value === ',')
    if (comma === -1) return []
    const phrase = body.slice(0, comma)
    if (phrase.some((item) => item.kind === 'punctuation' || item.kind === 'symbol')) return []
    if (quotedTokens(body).some((inside) => inside)) return []
    const main = trimTokens(body.slice(comma + 1))
    if (!opensClause(main) || wordCount(main) < 4 || wordCount(phrase) < openerLength + 2) return []
    // At plain, a main clause with a tail (`…, with demands for …`) is split by a later rule: a
    // `This was despite …` after it would then point at the tail. Easy drops such tails.
    if (context.level === 'plain' && main.some((item) => item.value === ',')) return []
    // `Despite X` loses its capital: the phrase now follows `This was`.
    const [first, ...rest] = phrase
    if (first === undefined) return []
    const lowered = [word(first.value.toLowerCase()), ...rest]
    return [
      {
        sentences: [closeSentence(capitalize(main)), closeSentence([word('This'), space, word('was'), space, ...lowered])],
        reason: `Put the main idea first and gave the “${words.slice(0, openerLength).join(' ')} …” part its own sentence.`,
        key: `despite@${comma}`
      }
    ]
  }
}
