import {isFiniteVerb, opensClause} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'
import {isPastVerb, pastFromIng} from '../verb-forms.ts'
import {isCommonWord} from '../word-frequency.ts'

/** Words that open the subject of a gerund phrase (`the government saying …`). */
const subjectOpeners = new Set(['the', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'some', 'many', 'most'])

/**
 * Returns the phrase after `Despite` as a past-tense clause when it is a subject
 * (a determiner and up to three more words) and an `-ing` verb whose past form is
 * known (`the government saying it would …` → `the government said it would …`),
 * and the main clause is in the past; else undefined.
 */
function gerundClause(phrase: Tokens, main: Tokens): Token[] | undefined {
  const body = trimTokens(phrase)
  const words = body.filter((item) => item.kind === 'word')
  if (!subjectOpeners.has((words[0]?.value ?? '').toLowerCase())) return undefined
  const at = words.findIndex((item, index) => index > 0 && index <= 4 && /ing$/.test(item.value))
  const ing = words[at]
  if (ing === undefined || words.slice(1, at).some((item) => /ing$/.test(item.value) || isFiniteVerb(item.value.toLowerCase()))) return undefined
  const past = pastFromIng(ing.value)
  const mainPast = main.some((item) => item.kind === 'word' && isPastVerb(item.value.toLowerCase()))
  if (past === undefined || !mainPast) return undefined
  return body.map((item) => (item === ing ? word(past) : item))
}

/** Returns the tokens with a capitalised common first word in lower case (after `But`); a name stays. */
function lowerFirstWord(tokens: Tokens, names: ReadonlySet<string>): Token[] {
  const result = [...tokens]
  const index = result.findIndex((item) => item.kind === 'word')
  const first = result[index]
  if (first && /^\p{Lu}\p{Ll}*$/u.test(first.value) && !names.has(first.value) && isCommonWord(first.value)) result[index] = word(first.value.toLowerCase())
  return result
}

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
  triggers: [['despite', 'spite'], [',']],
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
    // `Despite the government saying it would …, the protests spread.` → `The government said it would ….
    // But the protests spread.`: a subject and an `-ing` verb make the phrase a clause of its own.
    const clause = gerundClause(phrase.slice(openerLength * 2), main)
    if (clause !== undefined) {
      return [
        {
          sentences: [closeSentence(capitalize(clause)), closeSentence([word('But'), space, ...lowerFirstWord(main, context.names)])],
          reason: `Made the “${words.slice(0, openerLength).join(' ')} …” part a sentence of its own, then “But …”.`,
          key: `despite-but@${comma}`
        }
      ]
    }
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
