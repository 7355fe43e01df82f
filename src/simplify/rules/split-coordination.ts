import {dependentBeforeVerb, endsInsideSubordinate, hasFiniteVerb, hasReportingVerb, isFiniteVerb, opensClause, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {trimTokens, word, wordCount, space, type Tokens} from '../sentence-tokens.ts'
import {partsStandAlone, splitAt} from '../split-tokens.ts'

/** Conjunctions that join clauses, and the word that opens the second sentence (`''` = none). */
const conjunctions: Readonly<Record<string, string>> = {and: '', but: 'But', so: 'So', yet: 'Yet'}

/** Subject pronouns after which `and` without a comma still joins two clauses. */
const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])

/** Words that open the subject of a clause after `, but`. */
const subjectStarts = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this',
  'these', 'those', 'most', 'many', 'some', 'several', 'no', 'all', 'both', 'each', 'other', 'another'
])

/**
 * Returns whether tokens after `, but` are a clause: a subject (a pronoun, a
 * determiner or a name) and a finite verb, where a verb inside a relative
 * clause (`most people who saw the signs were …`) does not count as the
 * clause's own. `But Calder refused.` counts; `But few friends who were loyal.` does not.
 */
function contrastClause(tokens: Tokens): boolean {
  const words = tokens.filter((item) => item.kind === 'word').map((item) => item.value)
  const first = words[0] ?? ''
  if (!subjectStarts.has(first.toLowerCase()) && !/^\p{Lu}/u.test(first)) return false
  if (opensDependent(tokens)) return false
  let relative = false
  for (const value of words.slice(1)) {
    const lower = value.toLowerCase()
    if (lower === 'who' || lower === 'which' || lower === 'that' || lower === 'whom' || lower === 'whose') {
      relative = true
      continue
    }
    if (isFiniteVerb(lower)) {
      if (!relative) return true
      relative = false
    }
  }
  return false
}

/** Prepositions that open a short phrase of time or place before a clause (`in 1838 the county became …`). */
const framePrepositions = new Set(['in', 'on', 'by', 'during', 'after', 'before', 'since', 'until', 'at'])

/**
 * Returns where the clause after a short opening phrase of time or place starts
 * (a preposition and at most four more words, one of them a year or a number:
 * `in 1838 …`, `by the end of 1990 …`), or -1.
 */
function afterTimedPhrase(tokens: Tokens, needClause: boolean): number {
  const words: Array<{value: string; at: number}> = []
  for (let at = 0; at < tokens.length && words.length < 6; at++) {
    const token = tokens[at]
    if (token?.kind === 'punctuation') break
    if (token?.kind === 'word') words.push({value: token.value, at})
  }
  if (!framePrepositions.has((words[0]?.value ?? '').toLowerCase())) return -1
  for (let end = 2; end <= 5 && end < words.length; end++) {
    const next = words[end]
    if (next === undefined || !words.slice(1, end).some((item) => /^\d{3,4}s?$/.test(item.value))) continue
    if (!needClause || opensClause(tokens.slice(next.at))) return next.at
  }
  return -1
}

/** Returns whether tokens are a short phrase of time or place followed directly by a whole clause (`in 1838 the county became …`). */
function timedClause(tokens: Tokens): boolean {
  return afterTimedPhrase(tokens, true) !== -1
}

/**
 * Returns whether tokens end in a list of short items (two or more stretches
 * of at most four words, no verb, between commas): `evaluate the Strengths,
 * Weaknesses, Opportunities`.
 */
function endsInList(tokens: Tokens): boolean {
  let items = 0
  let words = 0
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]
    if (token?.kind === 'word') {
      if (isFiniteVerb(token.value.toLowerCase()) || ++words > 4) break
    } else if (token?.kind === 'punctuation') {
      if (token.value !== ',' || words === 0) break
      items++
      words = 0
    }
  }
  return items >= 2
}

/**
 * Split coordinated clauses: `The army left, and the town fell.` → `The army left. The town fell.`
 * Only when both sides are whole clauses (a subject and a finite verb), so lists of things stay.
 */
export const splitCoordination: Rule = {
  name: 'split-coordination',
  levels: ['plain', 'easy'],
  triggers: [Object.keys(conjunctions)],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index]) continue
      const lower = token.value.toLowerCase()
      if (!Object.hasOwn(conjunctions, lower)) continue
      const comma = tokens[index - 2]?.value === ',' && tokens[index - 1]?.kind === 'space'
      const right = trimTokens(tokens.slice(index + 1))
      const next = right[0]?.value.toLowerCase() ?? ''
      if (!comma && !(pronouns.has(next) && lower !== 'so')) continue
      const start = comma ? index - 2 : index - 1
      if (start <= 0) continue
      const left = tokens.slice(0, start)
      // `…the Strengths, Weaknesses, Opportunities, and Threats involved in …`: the end of a list, not a clause.
      if (comma && endsInList(left)) continue
      const clause = opensClause(right) || ((lower === 'but' || lower === 'yet') && comma && contrastClause(right)) || (comma && timedClause(right))
      if (wordCount(left) < 4 || !hasFiniteVerb(left) || (opensDependent(left) && afterTimedPhrase(left, false) === -1) || dependentBeforeVerb(left) || !clause || hasReportingVerb(right)) continue
      // After `said` or `reported`, the second clause may be part of what was said: keep it attached.
      if (endsInsideSubordinate(left) || reportsSpeech(left) || reportsSpeech(right)) continue
      const openerWord = conjunctions[lower] ?? ''
      const parts = splitAt(tokens, start, index + 1, openerWord === '' ? [] : [word(openerWord), space])
      if (!partsStandAlone(parts, openerWord === '' ? 4 : 3)) continue
      found.push({
        sentences: parts,
        reason: `Split two joined ideas at “${comma ? ', ' : ''}${token.value}” into two sentences.`,
        key: `${lower}@${index}`
      })
    }
    return found
  }
}
