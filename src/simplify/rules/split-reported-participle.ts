import {isFiniteVerb} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'
import {isPastVerb, pastFromIng} from '../verb-forms.ts'

/** Reporting verbs that open reported speech: `The reports said police opened fire, killing one person.` */
const reportingVerbs = new Set(['said', 'reported', 'stated', 'announced', 'confirmed'])

/** `-ing` words after a comma that are no participle about the reported clause. */
const notParticiples = new Set(['including', 'according', 'following', 'during', 'regarding', 'concerning', 'saying', 'adding', 'nothing', 'something', 'anything', 'everything'])

/** Most words of the speaker and of the reported clause's subject. */
const most = {speaker: 4, subject: 5}

/**
 * `easy` only: the participle split of `split-participle`, inside reported speech, with the
 * attribution repeated so both facts stay the speaker's: `The reports said police opened fire on
 * protesters, killing at least one person.` → `The reports said police opened fire on protesters.
 * The reports said police killed at least one person.` Only when the speaker opens the sentence,
 * the reported clause has one past verb and a short subject, the participle ends the sentence with
 * a known past form, and nothing is quoted.
 */
export const splitReportedParticiple: Rule = {
  name: 'split-reported-participle',
  levels: ['easy'],
  triggers: [[...reportingVerbs], [',']],
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    if (quotedTokens(tokens).some(Boolean)) return found
    const verb = tokens.findIndex((token) => token.kind === 'word' && reportingVerbs.has(token.value))
    if (verb < 1 || tokens.slice(0, verb).some((token) => token.kind === 'punctuation')) return found
    const speaker = trimTokens(tokens.slice(0, verb))
    if (wordCount(speaker) > most.speaker || speaker.some((token) => token.kind === 'word' && isFiniteVerb(token.value.toLowerCase()))) return found
    let start = verb + 2
    if (tokens[start]?.value.toLowerCase() === 'that') start += 2
    const comma = tokens.findIndex((token, index) => index > start && token.value === ',')
    if (comma === -1 || tokens[comma + 1]?.kind !== 'space') return found
    const clause = trimTokens(tokens.slice(start, comma))
    // `had opened` is one past verb: the auxiliary before a past form does not count.
    const verbs = clause.filter(
      (token, index) =>
        token.kind === 'word' &&
        isFiniteVerb(token.value.toLowerCase()) &&
        !(/^(had|has|have)$/i.test(token.value) && isPastVerb((clause[index + 2]?.value ?? '').toLowerCase()))
    )
    const mainVerb = verbs[0]
    if (verbs.length !== 1 || mainVerb === undefined || !isPastVerb(mainVerb.value.toLowerCase())) return found
    const subject = trimTokens(clause.slice(0, clause.indexOf(mainVerb)))
    if (wordCount(subject) < 1 || wordCount(subject) > most.subject || subject.some((token) => token.kind === 'punctuation')) return found
    const participle = tokens[comma + 2]
    const lower = participle?.value.toLowerCase() ?? ''
    if (participle?.kind !== 'word' || !lower.endsWith('ing') || notParticiples.has(lower)) return found
    const past = pastFromIng(lower)
    const rest = trimTokens(closeSentence(tokens.slice(comma + 3)))
    if (past === undefined || wordCount(rest) < 1) return found
    // One participle that runs to the end: no pause, no second `-ing` left in the wrong form.
    if (rest.slice(0, -1).some((token) => token.kind === 'punctuation' || (token.kind === 'word' && /ing$/i.test(token.value) && !notParticiples.has(token.value.toLowerCase())))) return found
    const head: Token[] = tokens.slice(0, start)
    found.push({
      sentences: [closeSentence([...head, ...clause]), closeSentence([...head, ...subject, space, word(past), space, ...rest])],
      reason: `Gave “${participle.value} …” its own sentence, still said by the same source.`,
      key: `reported-ing@${comma}`
    })
    return found
  }
}
