import {hasFiniteVerb} from '../clause-shape.ts'
import {tagsOf} from '../part-of-speech.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Words after `the` that make a closing phrase a summary of the clause (`the first deaths since …`, `the worst storm in …`). */
const rankWords = new Set(['first', 'only', 'last', 'latest', 'second', 'third', 'worst', 'largest', 'biggest', 'deadliest', 'most', 'highest', 'lowest', 'longest', 'greatest'])

/**
 * Give a closing phrase that sums up the clause before it its own sentence:
 * `Police killed dozens of people, the first deaths since the protests began.`
 * → `Police killed dozens of people. These were the first deaths since the
 * protests began.` Only when the phrase opens with `the` and a ranking word
 * (`first`, `only`, `worst` …), follows a word that is no name, and the clause
 * before it is whole; `These`/`This` and `were`/`was`/`are`/`is` follow the
 * phrase's noun and the sentence's tense.
 */
export const splitSummaryAppositive: Rule = {
  name: 'split-summary-appositive',
  levels: ['plain', 'easy'],
  triggers: [[','], ['the'], [...rankWords]],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const body = trimTokens(tokens)
    for (let comma = body.length - 1; comma > 2; comma--) {
      const token = body[comma]
      if (token?.kind !== 'punctuation' || token.value !== ',') continue
      if (quoted[comma]) return []
      const description = trimTokens(body.slice(comma + 1))
      const words = description.filter((item) => item.kind === 'word').map((item) => item.value)
      if ((words[0] ?? '').toLowerCase() !== 'the' || !rankWords.has((words[1] ?? '').toLowerCase()) || words.length < 4) return []
      if (description.some((item) => item.kind === 'punctuation' && /^[,;:()"“”–—]$/.test(item.value))) return []
      const before = body.slice(0, comma).filter((item) => item.kind === 'word').at(-1)
      if (before === undefined || /^\p{Lu}/u.test(before.value)) return []
      const main = body.slice(0, comma)
      if (wordCount(main) < 5 || !hasFiniteVerb(main)) return []
      // After an aside (`…, and, by many definitions, the biggest city`), the phrase goes on the clause's own noun.
      let lastPause = -1
      for (let at = 0; at < main.length; at++) if (main[at]?.kind === 'punctuation' && /^[,;:()–—]$/.test(main[at]?.value ?? '')) lastPause = at
      const stretch = main.slice(lastPause + 1).filter((item) => item.kind === 'word')
      if (lastPause !== -1 && (stretch.length === 0 || !hasFiniteVerb(main.slice(0, lastPause)) || /^(by|in|for|to|at|on|according|with|and|or)$/i.test(stretch[0]?.value ?? ''))) return []
      // The phrase's noun: the first word after the ranking word that the lexicon knows as a noun.
      const noun = words.slice(2).find((value) => (tagsOf(value.toLowerCase())[0] ?? '').startsWith('NN'))
      if (noun === undefined) return []
      const plural = tagsOf(noun.toLowerCase())[0] === 'NNS'
      const past = main.some((item) => item.kind === 'word' && isPastVerb(item.value.toLowerCase()))
      const opener = plural ? ['These', past ? 'were' : 'are'] : ['This', past ? 'was' : 'is']
      return [
        {
          sentences: [closeSentence(main), closeSentence([word(opener[0] ?? ''), space, word(opener[1] ?? ''), space, ...description])],
          reason: `Gave the closing “${words.slice(0, 3).join(' ')} …” its own sentence.`,
          key: `summary@${comma}`
        }
      ]
    }
    return []
  }
}
