import {isFiniteVerb} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Words that name something after a comma: `…, called the Collective Security Treaty Organization.` */
const namingWords = new Set(['called', 'named'])

/** Words that open the noun phrase being named; `a`/`an` become `The` once it is known. */
const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'])

/** Most words of the noun phrase being named. */
const mostNounWords = 5

/** Fewest words the sentence must keep. */
const fewestKept = 6

/**
 * A name given at the end of a sentence gets a sentence of its own: `He
 * called for the intervention of the Russian-led alliance, called the Collective Security
 * Treaty Organization.` → `He called for the intervention of the Russian-led alliance. The
 * Russian-led alliance was called the Collective Security Treaty Organization.` The noun phrase
 * right before the comma is repeated (`a lake` → `The lake`); `was` after a past clause, else
 * `is`. Only when the name ends the sentence and nothing is quoted.
 */
export const splitCalledName: Rule = {
  name: 'split-called-name',
  levels: ['plain', 'easy'],
  triggers: [[','], [...namingWords]],
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    if (quotedTokens(tokens).some(Boolean)) return found
    for (let index = 2; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || !namingWords.has(token.value) || tokens[index - 2]?.value !== ',' || tokens[index - 1]?.kind !== 'space') continue
      const name = trimTokens(closeSentence(tokens.slice(index + 2)))
      if (name.slice(0, -1).some((item) => item.kind === 'punctuation') || wordCount(name) < 1) continue
      const first = name.find((item) => item.kind === 'word')?.value ?? ''
      if (!determiners.has(first.toLowerCase()) && !/^\p{Lu}/u.test(first)) continue
      const left = tokens.slice(0, index - 2)
      if (wordCount(left) < fewestKept) continue
      // The noun phrase before the comma: from its determiner, with no verb or preposition-like pause in it.
      let start = left.length - 1
      let words = 0
      while (start >= 0 && !(left[start]?.kind === 'word' && determiners.has(left[start]?.value.toLowerCase() ?? ''))) {
        const item = left[start]
        if (item?.kind === 'punctuation' || (item?.kind === 'word' && (++words > mostNounWords || isFiniteVerb(item.value.toLowerCase()) || /^(of|in|on|at|to|for|by|with|from)$/i.test(item.value)))) break
        start--
      }
      const determiner = left[start]
      if (start < 0 || determiner?.kind !== 'word' || !determiners.has(determiner.value.toLowerCase())) continue
      const noun: Token[] = [/^(a|an)$/i.test(determiner.value) ? word('the') : determiner, ...left.slice(start + 1)]
      const past = left.some((item) => item.kind === 'word' && isPastVerb(item.value.toLowerCase()))
      found.push({
        sentences: [closeSentence(left), closeSentence([...capitalize(noun), space, word(past ? 'was' : 'is'), space, token, space, ...name])],
        reason: `Gave the name “${name.map((item) => item.value).join('').replace(/\.$/, '')}” a sentence of its own.`,
        key: `called@${index}`
      })
      break
    }
    return found
  }
}
