import {isFiniteVerb, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {tagsOf} from '../part-of-speech.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'
import {isPastVerb, pastFromIng} from '../verb-forms.ts'

/** `-ing` words after a comma that do not start a clause about the subject. */
const notParticiples = new Set(['including', 'during', 'according', 'regarding', 'concerning', 'following', 'nothing', 'something', 'anything', 'everything', 'king', 'spring', 'evening', 'morning', 'building', 'beginning', 'ending', 'meaning', 'being', 'having'])

/** Returns the subject of a past-tense main clause (the words before its first verb), or undefined. */
function pastSubject(tokens: Tokens, present = false): Token[] | undefined {
  const words: number[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (token?.kind === 'punctuation') return undefined
    if (token?.kind !== 'word') continue
    const lower = token.value.toLowerCase()
    if (words.length > 0 && isFiniteVerb(lower)) {
      // `hit`, `put`, `cut` … are past and present alike: the tense of the participle's verb would be a guess.
      if (sameInBothTenses.has(lower) || (present ? !isPresentVerb(lower) : !isPastVerb(lower)) || words.length > 5) return undefined
      // An adverb next to the verb (`She first gained …`) belongs to the first clause only.
      let end = index
      while (end > 0) {
        const before = trimTokens(tokens.slice(0, end))
        const last = before.at(-1)
        if (last?.kind !== 'word' || before.length < 2 || !isAdverb(last.value.toLowerCase())) break
        end = before.length - 1
      }
      const subject = trimTokens(tokens.slice(0, end))
      // A name is repeated by its last word: `President Kassym-Jomart Tokayev` → `Tokayev`.
      const last = subject.at(-1)
      if (last && subject.every((item) => item.kind !== 'word' || /^\p{Lu}/u.test(item.value)) && subject.length > 1) return [last]
      return subject
    }
    words.push(index)
  }
  return undefined
}

/** Verbs whose past is their present. */
const sameInBothTenses = new Set(['hit', 'put', 'set', 'cut', 'spread', 'let', 'shut', 'cost', 'hurt', 'beat', 'read', 'quit', 'burst', 'cast', 'split', 'bet'])

/**
 * Returns whether a lower-case word is a full verb in the present (`grows`, `makes`); `is`, `has`
 * and `does` lead a progressive or perfect (`is hitting …, killing`) whose participle keeps its aspect.
 */
function isPresentVerb(lower: string): boolean {
  if (/^(is|are|am|has|have|does|do)$/.test(lower)) return false
  const tag = tagsOf(lower)[0]
  return tag === 'VBZ' || tag === 'VBP'
}

/**
 * Returns the present form of a verb given its `-ing` form, for the subject:
 * `causing` → `causes` after a singular subject, `cause` after a plural one;
 * undefined when the lexicon knows no such form or the subject's number is unclear.
 */
function presentFromIng(ing: string, subject: readonly Token[]): string | undefined {
  const words = subject.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
  const head = words.at(-1) ?? ''
  const plural = head === 'they' || head === 'we' || head === 'you' || tagsOf(head)[0] === 'NNS'
  const singular = head === 'it' || head === 'he' || head === 'she' || tagsOf(head)[0] === 'NN' || tagsOf(head)[0] === 'NNP'
  if (plural === singular) return undefined
  const stem = ing.slice(0, -3)
  const bases = [stem, stem + 'e', stem.replace(/(.)\1$/, '$1')]
  for (const base of bases) {
    const tags = tagsOf(base)
    if (!tags.includes('VB') && !tags.includes('VBP')) continue
    if (plural) return base
    const forms = [base + 's', base + 'es', base.replace(/y$/, 'ies')]
    const form = forms.find((option) => tagsOf(option).includes('VBZ'))
    if (form !== undefined) return form
  }
  return undefined
}

/** Adverbs of time the lexicon tags as adjectives too (`first`), or tags as adverbs. */
function isAdverb(lower: string): boolean {
  return lower === 'first' || lower === 'once' || tagsOf(lower)[0] === 'RB'
}

/**
 * Give a trailing participle clause its own sentence, with the subject of the
 * main clause: `Police opened fire, killing one person.` → `Police opened fire.
 * Police killed one person.` Only after a past-tense main clause, and only for
 * verbs whose past form is known.
 */
export const splitParticiple: Rule = {
  name: 'split-participle',
  levels: ['plain', 'easy'],
  triggers: [[',']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 2; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index] || tokens[index - 2]?.value !== ',' || tokens[index - 1]?.kind !== 'space') continue
      const lower = token.value.toLowerCase()
      if (!lower.endsWith('ing') || notParticiples.has(lower)) continue
      const past = pastFromIng(lower)
      if (past === undefined) continue
      const left = tokens.slice(0, index - 2)
      // In the present (`The river floods every spring, causing damage.`), the verb takes the subject's present form.
      const subjectInPast = pastSubject(left)
      const presentSubject = subjectInPast === undefined ? pastSubject(left, true) : undefined
      const verb = presentSubject === undefined ? past : presentFromIng(lower, presentSubject)
      if (verb === undefined) continue
      // A trailing attribution (`…, police said.`) must stay with the whole claim.
      if (reportsSpeech(tokens.slice(index + 1))) continue
      const subject = presentSubject ?? subjectInPast
      if (subject === undefined || wordCount(left) < 4 || opensDependent(left)) continue
      // One clause only: with `that`, `when`, `after` … the doer of the participle is unclear.
      const verbs = left.filter((item) => item.kind === 'word' && isFiniteVerb(item.value.toLowerCase())).length
      if (verbs !== 1 || left.some((item) => item.kind === 'word' && /^(that|which|who|when|after|before|because|while|where|if)$/i.test(item.value))) continue
      const rest = trimTokens(tokens.slice(index + 1))
      // The participle clause must run to the end of the sentence.
      if (rest.some((item) => item.kind === 'punctuation' && /^[,;:()–—]$/.test(item.value))) continue
      // `killing 14 and leaving 40,000 …`: a second participle would be left in the wrong form.
      if (wordCount(rest) < 1 || rest.some((item) => item.kind === 'word' && /ing$/i.test(item.value) && !notParticiples.has(item.value.toLowerCase()))) continue
      found.push({
        sentences: [closeSentence(left), closeSentence([...subject, space, word(verb), space, ...rest])],
        reason: `Gave “${token.value} …” its own sentence.`,
        key: `${lower}@${index}`
      })
    }
    return found
  }
}
