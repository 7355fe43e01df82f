import {hasFiniteVerb, isFiniteVerb} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'

/** Reporting verbs that can take `this` as their object (`The body said this in a statement.`); no noun forms such as `states`. */
const reportingVerbs = new Set(['said', 'says', 'added', 'adds', 'stated', 'announced', 'announces', 'reported', 'wrote', 'writes', 'confirmed', 'confirms', 'claimed', 'warned', 'found', 'finds', 'showed', 'shows'])

/** Words that may open the speaker of a trailing attribution. */
const speakerOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'he', 'she', 'they', 'it', 'we', 'police', 'officials', 'authorities', 'experts', 'witnesses', 'residents', 'doctors', 'scientists', 'researchers'])

/** Words that open a claim that cannot stand alone as a sentence (`If …`, `When …`). */
const subordinators = new Set(['according', 'although', 'though', 'because', 'if', 'when', 'while', 'since', 'unless', 'despite', 'after', 'before', 'as', 'whether', 'once', 'until'])

/** Pronouns that are a whole speaker. */
const pronouns = new Set(['he', 'she', 'they', 'it', 'we'])

/** Days of the week: `police said Wednesday` → `Police said this on Wednesday.` */
const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Most words of the speaker and of what follows the verb. */
const most = {speaker: 6, rest: 6}

/** Returns the speaker `[start, verb)` when it looks like a short noun phrase or a pronoun. */
function isSpeaker(words: readonly Token[]): boolean {
  const first = words[0]?.value ?? ''
  if (words.length === 0 || words.length > most.speaker) return false
  if (pronouns.has(first.toLowerCase())) return words.length === 1
  return speakerOpeners.has(first.toLowerCase()) || /^\p{Lu}/u.test(first)
}

/** Words that may open what follows the verb: a place, a time or a medium (`in a statement`, `late on Monday`). */
const restOpeners = new Set(['in', 'on', 'at', 'during', 'late', 'early', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'after', 'before', 'through', 'via', 'from', 'by'])

/** Whether the claim can stand alone: it has a verb, opens no dependent clause, and does not end inside a `who …` or `which …` aside. */
function standsAlone(claim: readonly Token[]): boolean {
  const words = claim.filter((token) => token.kind === 'word')
  if (words.length < 6 || !hasFiniteVerb(claim) || subordinators.has((words[0]?.value ?? '').toLowerCase())) return false
  let comma = claim.length - 1
  while (comma >= 0 && claim[comma]?.value !== ',') comma--
  const last = claim.slice(comma + 1).find((token) => token.kind === 'word')?.value.toLowerCase() ?? ''
  return comma === -1 || !/^(who|whom|whose|which|where|when|while|that)$/.test(last)
}

/** Verbs that come before their speaker at the end of a claim: `…, said the mayor.` */
const invertedVerbs = new Set(['said', 'says', 'added', 'wrote'])

/** Words that show the words after an inverted verb are not (only) a speaker: `…, said on Monday.` */
const notSpeakerWords = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'late', 'early', 'yesterday', 'today', 'tonight', 'last', 'this', 'that', 'to', 'when', 'while'])

/** `…, said fire chief John Smith.` → the claim, then `Fire chief John Smith said this.`; nothing when unsure. */
function inverted(tokens: Tokens, comma: number, tail: readonly Token[]): Candidate[] {
  const verb = tail.find((token) => token.kind === 'word')
  if (verb === undefined || !invertedVerbs.has(verb.value)) return []
  const speaker = trimTokens(tail.slice(tail.indexOf(verb) + 1, -1))
  const words = speaker.filter((token) => token.kind === 'word')
  const first = words[0]?.value ?? ''
  if (words.length === 0 || words.length > most.speaker || speaker.some((token) => token.kind === 'punctuation')) return []
  if (words.some((token) => notSpeakerWords.has(token.value.toLowerCase())) || hasFiniteVerb(speaker)) return []
  if (!speakerOpeners.has(first.toLowerCase()) && !words.some((token) => /^\p{Lu}/u.test(token.value))) return []
  if (pronouns.has(first.toLowerCase())) return []
  const claim = trimTokens(tokens.slice(0, comma))
  if (!standsAlone(claim)) return []
  return [
    {
      sentences: [closeSentence(claim), closeSentence([...capitalize(speaker), space, verb, space, word('this')])],
      reason: `Gave the claim its own sentence and said who made it after it: “${tail.map((token) => token.value).join('').replace(/\.$/, '')}”.`,
      key: `attribution@${comma}`
    }
  ]
}

/**
 * `easy` only: a long claim with its attribution at the end becomes two short
 * sentences, the claim first and then who said it: `The effort will be limited
 * in time, the body said in a statement.` → `The effort will be limited in time.
 * The body said this in a statement.` The attribution is kept whole (only `this`,
 * and `on` before a bare weekday, are added), so the claim stays someone's claim
 * and the order stays clear; `…, said the mayor.` gives `The mayor said this.` Only where
 * the claim holds no quotation and can stand as a sentence.
 */
export const shortenAttribution: Rule = {
  name: 'shorten-attribution',
  levels: ['easy'],
  triggers: [[','], [...reportingVerbs]],
  candidates(tokens: Tokens) {
    const quoted = quotedTokens(tokens)
    if (quoted.some(Boolean)) return []
    const found: Candidate[] = []
    let comma = tokens.length - 1
    while (comma >= 0 && tokens[comma]?.value !== ',') comma--
    if (comma < 1 || tokens[comma + 1]?.kind !== 'space') return found
    const tail = closeSentence(tokens.slice(comma + 2))
    const words = tail.filter((token) => token.kind === 'word')
    // Lower case only: `United States` is a place, not a speaker and a verb.
    const verbAt = words.findIndex((token) => reportingVerbs.has(token.value))
    if (verbAt === 0) return inverted(tokens, comma, tail)
    if (verbAt < 1 || !isSpeaker(words.slice(0, verbAt))) return found
    const rest = words.slice(verbAt + 1)
    // Only a short, plain tail after the verb: `in a statement`, `on Wednesday`, `Wednesday`.
    if (rest.length > most.rest || tail.slice(0, -1).some((token) => token.kind === 'punctuation')) return found
    const opener = (rest[0]?.value ?? '').toLowerCase()
    if (rest.length > 0 && !restOpeners.has(opener) && !weekdays.has(opener)) return found
    if (rest.some((token) => isFiniteVerb(token.value.toLowerCase()))) return found
    const claim = trimTokens(tokens.slice(0, comma))
    if (!standsAlone(claim)) return found
    const verbIndex = tail.indexOf(words[verbAt] as Token)
    const speaker = capitalize(tail.slice(0, verbIndex))
    const after = trimTokens(tail.slice(verbIndex + 1))
    const weekday = weekdays.has((rest[0]?.value ?? '').toLowerCase())
    const attribution = closeSentence([
      ...speaker,
      tail[verbIndex] as Token,
      space,
      word('this'),
      ...(after.length > 1 ? [space, ...(weekday ? [word('on'), space] : []), ...after] : after)
    ])
    found.push({
      sentences: [closeSentence(claim), attribution],
      reason: `Gave the claim its own sentence and said who made it after it: “${tail.map((token) => token.value).join('').replace(/\.$/, '')}”.`,
      key: `attribution@${comma}`
    })
    return found
  }
}
