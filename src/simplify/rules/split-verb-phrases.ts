import {endsInsideSubordinate, isFiniteVerb, opensClause, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'
import {tagsOf} from '../part-of-speech.ts'
import {isPastVerb} from '../verb-forms.ts'
import {isCommonWord} from '../word-frequency.ts'

/** Capitalised pronouns and determiners that go to lower case after `But`. */
const closedClass = new Set([
  'He', 'She', 'It', 'They', 'We', 'You', 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its',
  'Their', 'Our', 'My', 'Your', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Several', 'Other', 'Such', 'Few'
])

/** Sentence adverbs that may open a clause before its subject (`Later Wales withdrew …`): not part of the subject. */
const openingAdverbs = new Set(['later', 'then', 'now', 'soon', 'today', 'finally', 'eventually', 'still', 'also', 'first', 'once'])

/** Words that open a clause inside the first part, whose verb might be the one a second predicate goes with. */
const clauseOpeners = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'if', 'when', 'while', 'although', 'though', 'since', 'where', 'whether', 'after', 'before', 'until', 'unless'])

/**
 * Returns the subject of a clause (the words before its first finite verb, at
 * most five, no pause, an opening adverb left out) and that verb, or undefined.
 */
function subjectOf(tokens: Tokens): {subject: Token[]; verb: string; verbIndex: number} | undefined {
  let words = 0
  let start = 0
  // Adverbs right before the verb (`officially began`) belong to the first clause only.
  let adverbStart = -1
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (token?.kind === 'punctuation') return undefined
    if (token?.kind !== 'word') continue
    const lower = token.value.toLowerCase()
    if (words === 0 && openingAdverbs.has(lower)) {
      start = index + 1
      continue
    }
    if (words > 0 && isFiniteVerb(lower)) {
      const end = adverbStart === -1 ? index : adverbStart
      const subject = trimTokens(tokens.slice(start, end))
      // Repeating a number (`The 1977 season`) would state it twice: a pronoun takes it up instead.
      const hasNumber = subject.some((item) => item.kind === 'word' && /\d/.test(item.value))
      if (words <= 5 && !hasNumber) return {subject, verb: lower, verbIndex: index}
      // A long subject is taken up by a pronoun: `The 1977 Atlantic hurricane season … began …` → `It …`.
      const pronoun = pronounFor(subject)
      return pronoun === undefined ? undefined : {subject: [word(pronoun)], verb: lower, verbIndex: index}
    }
    if (words > 0 && /^[a-z]+ly$/.test(token.value) && tagsOf(lower)[0] === 'RB') {
      if (adverbStart === -1) adverbStart = index
      continue
    }
    adverbStart = -1
    words++
  }
  return undefined
}

/** Prepositions after which a noun phrase's head has been passed (`the capital of France`). */
const headEnders = new Set(['of', 'in', 'from', 'at', 'on', 'with', 'for', 'by', 'near', 'under', 'between'])

/**
 * Returns `It` or `They` for a subject whose head is a common noun that is no
 * person (`the 1977 hurricane season` → `It`, `the early settlers` → undefined:
 * it could be `they`, but a person noun is left to be repeated), or undefined when unsure.
 */
function pronounFor(subject: Tokens): string | undefined {
  const words = subject.filter((item) => item.kind === 'word').map((item) => item.value)
  const first = (words[0] ?? '').toLowerCase()
  if (first !== 'the' && first !== 'this' && first !== 'these' && first !== 'its' && first !== 'their') return undefined
  let head: string | undefined
  for (const value of words.slice(1)) {
    if (headEnders.has(value.toLowerCase())) break
    head = value
  }
  if (head === undefined || /^\p{Lu}/u.test(head)) return undefined
  const tag = tagsOf(head.toLowerCase())[0]
  if (tag === 'NNS') return 'They'
  if (tag !== 'NN' || isPersonNoun(head.toLowerCase())) return undefined
  return 'It'
}

/** Singular nouns for people that no ending shows. */
const personNouns = new Set([
  'king', 'queen', 'prince', 'son', 'grandson', 'stepson', 'daughter', 'wife', 'husband', 'child', 'boy', 'girl', 'baby',
  'chief', 'pope', 'bishop', 'priest', 'monk', 'nun', 'saint', 'god', 'hero', 'heir', 'judge', 'chef', 'coach', 'guide',
  'spy', 'thief', 'lord', 'lady', 'duke', 'knight', 'tsar', 'czar', 'sultan', 'pharaoh', 'general', 'captain', 'colonel',
  'sergeant', 'pilot', 'poet', 'nurse', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'friend', 'enemy', 'ally', 'rival',
  'victim', 'hostage', 'person', 'individual', 'adult', 'youth', 'teen', 'native', 'citizen', 'candidate', 'delegate',
  'diplomat', 'official', 'cardinal', 'deputy', 'mayor', 'widow', 'bride', 'groom', 'guest', 'host', 'pupil', 'scout',
  'slave', 'serf', 'squire', 'vicar', 'rabbi', 'imam', 'shah', 'emir', 'khan', 'chancellor', 'consul', 'envoy', 'cook'
])

/** Returns whether a singular noun may name a person (`singer`, `king`, `woman`): `it` would be wrong for it. */
function isPersonNoun(lower: string): boolean {
  return personNouns.has(lower) || /(er|or|ist|ian|ess|ee|eer|ier|ant|ent|man|men|ar|ive|ic|ite|yst|ard)$/.test(lower)
}
/** Words that open what follows a verb (`stayed in the control`), rarely what follows an adjective. */
const objectOpeners = new Set(['in', 'on', 'at', 'to', 'into', 'from', 'for', 'with', 'by', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'up', 'out', 'down', 'back', 'away'])

/** Modal verbs and `do`: a verb after them is bare, and a second bare verb shares them. */
const auxiliaries = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did'])

/** Returns whether `not` or `never` follows the verb at `verbIndex` (`did not close`, `has never won`). */
function negatedAfter(tokens: Tokens, verbIndex: number): boolean {
  for (let index = verbIndex + 1; index < tokens.length; index++) {
    const token = tokens[index]
    if (token?.kind === 'space') continue
    if (token?.kind !== 'word') return false
    const lower = token.value.toLowerCase()
    if (lower === 'not' || lower === 'never' || lower.endsWith('n’t') || lower.endsWith("n't")) return true
    if (!/ly$/.test(lower)) return false
  }
  return false
}

/** Returns whether a verb shows its own tense (`was`, `has`, `leads`, `sold`), so it shares no modal or negation. */
function ownTense(lower: string): boolean {
  if (/^(is|are|was|were|has|have|had)$/.test(lower)) return true
  const tags = tagsOf(lower)
  return tags.length > 0 && !tags.includes('VB') && !tags.includes('VBP') && (tags[0] === 'VBZ' || tags[0] === 'VBD')
}

/** Modal verbs: they show no tense that must agree. */
const modals = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall'])

/** Returns `past`, `present` or undefined (a modal) for a finite verb. */
function tenseOf(lower: string): 'past' | 'present' | undefined {
  if (modals.has(lower)) return undefined
  return isPastVerb(lower) || tagsOf(lower)[0] === 'VBD' ? 'past' : 'present'
}

/** Words of number that open a plural subject a second clause takes up as `they` (`some protesters`). */
const quantifiers = new Set(['some', 'many', 'most', 'several'])

/**
 * At `easy`: the subject of a clause that opens with `There,` (`There, some protesters arrived …`), as
 * `they` when it is a quantifier and a plural noun (repeating `some protesters` could mean others),
 * with its verb; undefined for any other clause.
 */
function subjectAfterThere(tokens: Tokens): {subject: Token[]; verb: string; verbIndex: number} | undefined {
  if (tokens[0]?.value !== 'There' || tokens[1]?.value !== ',' || tokens[2]?.kind !== 'space') return undefined
  const found = subjectOf(tokens.slice(3))
  if (found === undefined) return undefined
  const words = found.subject.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
  if (words.length !== 2 || !quantifiers.has(words[0] ?? '') || tagsOf(words[1] ?? '')[0] !== 'NNS') return undefined
  return {subject: [word('they')], verb: found.verb, verbIndex: found.verbIndex + 3}
}

/** Past verbs of saying that open reported speech, whose speaker may go on to a second act. */
const sayingVerbs = new Set(['said', 'declared', 'announced', 'stated', 'told', 'claimed', 'insisted'])

/** Past verbs of what a speaker does with words (`urged`, `called for`): the subject of such a second verb is the speaker. */
const speechActs = new Set(['urged', 'asked', 'demanded', 'promised', 'vowed', 'pledged', 'appealed', 'added', 'called'])

/**
 * Returns whether, after `verb` of saying (`He said that X was under attack and called for help`),
 * the second predicate `right` is a further speech act of the same speaker: a past verb of asking,
 * urging or promising (`called` only as `called for` or `called on`). Used at `easy` only.
 */
function speakerGoesOn(verb: string, right: Tokens): boolean {
  if (!sayingVerbs.has(verb)) return false
  const words = right.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
  const head = words[0] ?? ''
  if (!speechActs.has(head)) return false
  return head !== 'called' || words[1] === 'for' || words[1] === 'on'
}

/** Returns whether a clause opens after the main verb of the first part (its verb might take the second predicate). */
function holdsInnerClause(tokens: Tokens, after: number): boolean {
  let opened = false
  for (let index = after + 1; index < tokens.length; index++) {
    const token = tokens[index]
    if (token?.kind !== 'word') continue
    const lower = token.value.toLowerCase()
    if (clauseOpeners.has(lower)) opened = true
    else if (opened && isFiniteVerb(lower)) return true
  }
  return false
}

/**
 * Split two predicates or two clauses joined by `and` without a comma:
 * `He declared a state of emergency and called for help.` → `He declared a state
 * of emergency. He called for help.`; `Schools closed early and all banks were
 * shut.` → `Schools closed early. All banks were shut.` The subject is repeated
 * only when it is short and the second predicate starts with a finite verb.
 */
export const splitVerbPhrases: Rule = {
  name: 'split-verb-phrases',
  levels: ['plain', 'easy'],
  triggers: [['and', 'but']],
  candidates(tokens, context) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 2; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || (token.value !== 'and' && token.value !== 'but') || quoted[index] || tokens[index - 1]?.kind !== 'space') continue
      // After a comma (`…, and was …`, `…, but lost …`) the second predicate is surely a new one.
      const afterComma = tokens[index - 2]?.value === ','
      if (token.value === 'but' && !afterComma) continue
      const left = tokens.slice(0, index - 1)
      const right = trimTokens(tokens.slice(index + 1))
      if (wordCount(left) < 5 || wordCount(right) < 3 || opensDependent(left) || reportsSpeech(right)) continue
      const subjectFound = context.level === 'easy' ? subjectAfterThere(left) ?? subjectOf(left) : subjectOf(left)
      if (subjectFound === undefined) continue
      const {subject, verb, verbIndex} = subjectFound
      // `These include bacteria and animals and are …`: a demonstrative may point at something else once repeated.
      if (subject.length === 1 && /^(this|these|that|those)$/i.test(subject[0]?.value ?? '')) continue
      const speakerActs = context.level === 'easy' && speakerGoesOn(verb, right)
      if (!speakerActs && (endsInsideSubordinate(left) || reportsSpeech(left))) continue
      const head = right[0]
      // A capitalised word after `and` opens a name (`the Pirates of the Caribbean and Haunted Mansion`).
      if (head?.kind !== 'word' || /^\p{Lu}/u.test(head.value)) continue
      let second: Token[] | undefined
      const headLower = head.value.toLowerCase()
      if (isFiniteVerb(headLower) && (afterComma || !/^(has|have|had)$/.test(head.value)) && !opensClause(right)) {
        // After a verb in the present, an `-ed` word is a participle (`is a thriller written and directed by`,
        // `hybridizes with … the rare and endangered …`), not a second predicate. Nor may the second
        // predicate belong to a clause inside the first part (`showed that Riluzole lengthens …, and may …`).
        // `a powerful and united tribe`: two adjectives, no second predicate.
        const lastWord = [...left].reverse().find((item) => item.kind === 'word')?.value.toLowerCase() ?? ''
        const afterHead = right.find((item, at) => at > 0 && item.kind === 'word')?.value.toLowerCase() ?? ''
        const adjectives = !speakerActs && /ed$/.test(headLower) && (tagsOf(lastWord)[0] ?? '').startsWith('JJ') && !objectOpeners.has(afterHead)
        if ((tenseOf(verb) === 'present' && /ed$/.test(headLower)) || adjectives || (holdsInnerClause(left, verbIndex) && !speakerActs)) continue
        // `It was developed by X and published by Y`: a participle shares the first verb's `was`; repeat it.
        const participle = /^(is|are|was|were|has|have|had)$/.test(verb) && /(ed|en|wn|lt|nt|de)$/.test(headLower) && !ownTense(headLower)
        // `will close three plants and cut jobs`, `did not close … and cut …`: a bare second verb shares the
        // first one's modal, `do` or negation; repeating only the subject would change tense or meaning.
        // At `easy`, a second verb that repeats a modal (`will be limited … and will aim …`) shares nothing.
        const ownModal = context.level === 'easy' && modals.has(headLower)
        if ((auxiliaries.has(verb) || negatedAfter(left, verbIndex)) && !ownTense(headLower) && !ownModal) continue
        // `… and called for help` → `He called for help`; `… was developed by X and published by Y` →
        // `It was published by Y`.
        second = participle ? [...subject, space, word(verb), space, ...right] : [...subject, space, ...right]
      } else if (opensClause(right)) {
        second = right
      }
      if (second === undefined) continue
      if (token.value === 'but') {
        // `…, but lost to Ottawa.` → `But the team lost to Ottawa.`: a pronoun or a determiner goes to lower
        // case, a name stays; a capitalised common word (`Biological`) might be either, so no split.
        const first = second[0]
        if (first?.kind !== 'word') continue
        if (closedClass.has(first.value)) second = [{kind: 'word', value: first.value.toLowerCase()}, ...second.slice(1)]
        else if (isCommonWord(first.value) && !context.names.has(first.value)) continue
        second = [{kind: 'word', value: 'But'}, space, ...second]
      }
      // Lists of things (`bread, milk and eggs`) have no verb in the left part's last stretch.
      found.push({
        sentences: [closeSentence(left), closeSentence(capitalize(second))],
        reason: `Split two actions joined by “${token.value}” into two sentences.`,
        key: `and@${index}`
      })
    }
    return found
  }
}
