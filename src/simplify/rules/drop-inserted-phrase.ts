import {isFiniteVerb} from '../clause-shape.ts'
import {mayLeaveOut} from '../easy-detail.ts'
import type {Candidate, Rule} from '../rule.ts'
import {sentenceFacts} from '../sentence-facts.ts'
import {wordCount, type Tokens} from '../sentence-tokens.ts'
import {replaceRange} from '../token-match.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Irregular past participles that open a phrase about the subject (`founded`, `known`, `led by …`). */
const participles = new Set(['known', 'led', 'built', 'made', 'held', 'run', 'set', 'written', 'given', 'taken', 'seen', 'born', 'found', 'kept', 'shown', 'chosen', 'driven', 'grown', 'paid', 'sent', 'told', 'drawn', 'begun', 'done', 'brought', 'bought', 'caught', 'thought', 'spent', 'sold', 'won', 'hidden', 'broken', 'spoken', 'stolen', 'thrown', 'worn', 'beaten', 'forgotten', 'frozen', 'ridden', 'shaken', 'sworn', 'torn'])

/** Words that open an aside about something besides the main fact: `besides the deaths, …`, `in addition to …`. */
const additiveOpeners: readonly (readonly string[])[] = [['besides'], ['in', 'addition', 'to'], ['apart', 'from'], ['aside', 'from']]

/** Returns whether an additive opener (`besides`, `in addition to`) starts at `index`. */
function opensAddition(tokens: Tokens, index: number): boolean {
  return additiveOpeners.some((words) => words.every((value, offset) => tokens[index + offset * 2]?.value.toLowerCase() === value && (offset === 0 || tokens[index + offset * 2 - 1]?.kind === 'space')))
}

/** Adverbs that may stand between the subject and its verb: `The plan, drawn up in May, also said …`. */
const adverbs = new Set(['also', 'still', 'now', 'already', 'then', 'later', 'soon', 'often', 'usually', 'quickly'])

/** Returns whether the word opens a participle phrase (`organized by …`, `known as …`, `using …`). */
function opensParticiple(lower: string): boolean {
  return participles.has(lower) || (isPastVerb(lower) && lower.endsWith('ed')) || (/^[a-z]{4,}ing$/.test(lower) && lower !== 'according' && lower !== 'including')
}

/**
 * `easy` only: leave out a phrase of detail set off by commas, never a fact of the
 * main clause. Two shapes: a participle phrase between a subject and its verb
 * (`The effort, organized by a group that is the Russian version of NATO, will be
 * limited in time.` → `The effort will be limited in time.`), and a `besides …`
 * aside at the start of a clause (`Authorities reported that besides the deaths,
 * about 1,000 people were injured.` → `Authorities reported that about 1,000 people
 * were injured.`). Never a phrase holding a negation, a quotation or a count (`carrying 1,200
 * passengers`; a year such as `founded in 1850` is detail).
 */
export const dropInsertedPhrase: Rule = {
  name: 'drop-inserted-phrase',
  levels: ['easy'],
  dropsDetail: true,
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    for (let open = 0; open < tokens.length - 2; open++) {
      const token = tokens[open]
      if (token?.kind !== 'word') continue
      const lower = token.value.toLowerCase()
      const before = tokens[open - 1]
      const participle = tokens[open - 2]?.value === ',' && before?.kind === 'space' && opensParticiple(lower)
      const additive = opensAddition(tokens, open) && (before?.kind === 'space' ? /^(that|and|but)$/i.test(tokens[open - 2]?.value ?? '') : true)
      if (!participle && !additive) continue
      const close = tokens.findIndex((item, index) => index > open && item.value === ',')
      if (close === -1 || tokens[close + 1]?.kind !== 'space') continue
      if (tokens.slice(open, close).some((item) => item.kind === 'punctuation' && /^[;:–—]$/.test(item.value))) continue
      if (!mayLeaveOut(tokens, open, close)) continue
      // A count there (`carrying 1,200 passengers`) is a fact of the news; a year (`founded in 1850`) is detail.
      if (sentenceFacts([tokens.slice(open, close)]).numbers.some((value) => !/^(1[5-9]|20)\d\d$/.test(value))) continue
      if (participle) {
        // Between a subject (no verb before it) and the verb that follows.
        const subject = tokens.slice(0, open - 2)
        if (wordCount(subject) < 1 || wordCount(subject) > 6 || subject.some((item) => item.kind === 'word' && isFiniteVerb(item.value.toLowerCase()))) continue
        if (subject.some((item) => item.kind === 'punctuation')) continue
        let next = close + 2
        if (adverbs.has((tokens[next]?.value ?? '').toLowerCase())) next += 2
        if (!isFiniteVerb((tokens[next]?.value ?? '').toLowerCase())) continue
        const removed = tokens.slice(open, close).map((item) => item.value).join('')
        found.push({sentences: [[...tokens.slice(0, open - 2), ...tokens.slice(close + 1)]], reason: `Left out the detail “${removed}”.`, key: `inserted@${open}`})
      } else {
        const removed = tokens.slice(open, close).map((item) => item.value).join('')
        found.push({sentences: [replaceRange(tokens, open, close + 1, [])], reason: `Left out the aside “${removed}”.`, key: `besides@${open}`})
      }
    }
    return found
  }
}
