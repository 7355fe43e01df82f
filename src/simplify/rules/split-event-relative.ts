import {holdsNoPlainFactWord} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, type Token, type Tokens} from '../sentence-tokens.ts'
import {tagsOf} from '../part-of-speech.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Nouns of a stretch of time or a run of events (`a night of protests`, `a wave of attacks`). */
const stretchNouns = new Set(['night', 'nights', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'wave', 'series', 'string', 'spate', 'round'])

/** Plural nouns of news events, which a `that` clause after `a night of …` can only be about. */
const eventNouns = new Set([
  'protests', 'riots', 'clashes', 'attacks', 'strikes', 'airstrikes', 'raids', 'bombings', 'shootings', 'killings', 'explosions',
  'storms', 'floods', 'fires', 'wildfires', 'earthquakes', 'rallies', 'demonstrations', 'marches', 'talks', 'fights', 'battles'
])

/** Apostrophes, which may stand inside the clause (`Kazakhstan’s cities`). */
const apostrophe = new Set(['’', "'"])

/** Most words between `of` and the plural noun the clause is about (`of violent street protests`). */
const mostModifiers = 2

/** The words of `tokens` (word tokens only) in lower case. */
function lowerWordsOf(tokens: Tokens): string[] {
  return tokens.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
}

/**
 * `easy` only: give the `that` clause about the events of `a night of …` its own sentence, the events
 * named again: `… came after a night of violent protests that swept through the cities.` → `… came
 * after a night of violent protests. The protests swept through the cities.` Only at the end of a
 * plain fact (no future, modal, negation or quotation), when the clause's verb is in the past and
 * the events are a plural noun of news events (`protests`, `storms`) after `a <night|week|wave|series> of` and at most two
 * adjectives, so the clause can only be about them.
 */
export const splitEventRelative: Rule = {
  name: 'split-event-relative',
  levels: ['easy'],
  candidates(tokens) {
    const found: Candidate[] = []
    if (quotedTokens(tokens).some(Boolean)) return found
    const body = trimTokens(tokens)
    if (body.at(-1)?.value !== '.') return found
    for (let index = 0; index < body.length; index++) {
      const token = body[index]
      if (token?.kind !== 'word' || token.value !== 'that' || body[index - 1]?.kind !== 'space') continue
      const noun = body[index - 2]
      const verb = body[index + 2]
      if (noun?.kind !== 'word' || verb?.kind !== 'word' || body[index + 1]?.kind !== 'space') continue
      if (!eventNouns.has(noun.value) || !(isPastVerb(verb.value) || tagsOf(verb.value)[0] === 'VBD')) continue
      const head = lowerWordsOf(body.slice(0, index - 1))
      const ofAt = head.lastIndexOf('of')
      if (ofAt < 2 || head.length - 1 - ofAt - 1 > mostModifiers) continue
      if (!stretchNouns.has(head[ofAt - 1] ?? '') || (head[ofAt - 2] !== 'a' && head[ofAt - 2] !== 'another')) continue
      const main = body.slice(0, index - 1)
      const clause = body.slice(index + 2, body.length - 1)
      if (clause.some((item) => (item.kind === 'punctuation' || item.kind === 'symbol') && !apostrophe.has(item.value))) continue
      const words = [...head, ...lowerWordsOf(clause)]
      if (head.length < 6 || holdsNoPlainFactWord(words)) continue
      const events: Token[] = [word('the'), space, word(noun.value), space]
      found.push({
        sentences: [closeSentence(main), closeSentence(capitalize([...events, ...clause]))],
        reason: `Gave what the ${noun.value} did its own sentence.`,
        key: `event-relative@${index}`
      })
    }
    return found
  }
}
