import {hasReportingVerb} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule, RuleContext} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount, type Token} from '../sentence-tokens.ts'
import {isCommonWord} from '../word-frequency.ts'

const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'local', 'state', 'police', 'officials'])

/** Returns the sentence with its first word in lower case when it is a common word, not a name. */
function lowerFirst(tokens: readonly Token[], context: RuleContext): Token[] {
  const result = [...tokens]
  const index = result.findIndex((token) => token.kind === 'word')
  const first = result[index]
  if (first && /^\p{Lu}\p{Ll}*$/u.test(first.value) && isCommonWord(first.value) && !context.names.has(first.value) && first.value !== 'I') {
    result[index] = word(first.value.toLowerCase())
  }
  return result
}

/**
 * Put the source first: `Troops arrived, according to the statement.` →
 * `The statement said troops arrived.` (or `According to …, …` when the source is long).
 */
export const moveAttribution: Rule = {
  name: 'move-attribution',
  levels: ['plain', 'easy'],
  triggers: [['according'], ['to'], [',']],
  reorders: true,
  candidates(tokens, context) {
    const quoted = quotedTokens(tokens)
    for (let index = 2; index < tokens.length - 2; index++) {
      if (tokens[index]?.value.toLowerCase() !== 'according' || quoted[index]) continue
      if (tokens[index + 2]?.value.toLowerCase() !== 'to' || tokens[index - 2]?.value !== ',') continue
      const source = trimTokens(closeSentence(tokens.slice(index + 4)))
      // The attribution must end the sentence.
      const body = source.slice(0, -1)
      if (body.some((token) => token.kind === 'punctuation')) continue
      const claim = trimTokens(tokens.slice(0, index - 2))
      // A claim that reports speech itself (`police said …`) keeps its attribution where it is.
      if (wordCount(claim) < 3 || wordCount(body) < 1 || claim.some((item) => item.kind === 'word' && hasReportingVerb([item]))) continue
      const head = body.find((token) => token.kind === 'word')?.value ?? ''
      const short = wordCount(body) <= 4 && (determiners.has(head.toLowerCase()) || /^\p{Lu}/u.test(head))
      const sentence = short
        ? closeSentence(capitalize([...body, space, word('said'), space, ...lowerFirst(claim, context)]))
        : closeSentence([word('According'), space, word('to'), space, ...body, {kind: 'punctuation', value: ','}, space, ...lowerFirst(claim, context)])
      return [
        {
          sentences: [sentence],
          reason: 'Said who says it first, then what they say.',
          key: `according@${index}`
        }
      ]
    }
    return []
  }
}
