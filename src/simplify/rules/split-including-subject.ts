import {isFiniteVerb} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Tokens} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Most words of the subject the list belongs to (`Government buildings`). */
const mostSubjectWords = 5

/** Words that open a list item (a determiner, a number word); a capitalised name opens one too. */
const listOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'children', 'women', 'men', 'people'])

/**
 * `easy` only: a list after `including` at the end of a sentence that is about a plural
 * subject gets a sentence of its own: `Government buildings were burned, including the city hall
 * and the former office of the president.` → `Government buildings were burned. These included the
 * city hall and the former office of the president.` (`include` after a present clause). Only when
 * the subject is a short plural noun phrase before the first verb, the list opens with a
 * determiner, a number or a name (not `including for food`), and nothing is quoted.
 */
export const splitIncludingSubject: Rule = {
  name: 'split-including-subject',
  levels: ['easy'],
  triggers: [['including'], [',']],
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    if (quotedTokens(tokens).some(Boolean)) return found
    const index = tokens.findIndex((token, at) => token.kind === 'word' && token.value === 'including' && tokens[at - 2]?.value === ',')
    if (index === -1) return found
    const list = trimTokens(closeSentence(tokens.slice(index + 1)))
    if (list.slice(0, -1).some((token) => token.kind === 'punctuation' && /^[;:()–—]$/.test(token.value))) return found
    const head = list.find((token) => token.kind === 'word')?.value ?? ''
    if (!listOpeners.has(head.toLowerCase()) && !/^\p{Lu}/u.test(head)) return found
    const left = tokens.slice(0, index - 2)
    // The subject: the words before the first verb, a short plural noun phrase with no pause.
    const verb = left.findIndex((token) => token.kind === 'word' && isFiniteVerb(token.value.toLowerCase()))
    if (verb < 1 || left.slice(0, verb).some((token) => token.kind === 'punctuation')) return found
    const subject = left.slice(0, verb).filter((token) => token.kind === 'word')
    const noun = subject.at(-1)?.value ?? ''
    if (subject.length > mostSubjectWords || !/[^su]s$/.test(noun) || /^\p{Lu}/u.test(noun)) return found
    if (wordCount(left) < 3 || left.slice(verb).some((token) => token.kind === 'punctuation')) return found
    const past = left.slice(verb).some((token) => token.kind === 'word' && isPastVerb(token.value.toLowerCase()))
    found.push({
      sentences: [closeSentence(left), closeSentence([word('These'), space, word(past ? 'included' : 'include'), space, ...list])],
      reason: 'Gave the list after “including” its own sentence.',
      key: `including-subject@${index}`
    })
    return found
  }
}
