import {hasFiniteVerb, isFiniteVerb, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {tagsOf} from '../part-of-speech.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Token} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Prepositions that show the word before them is a past participle (`released in`, `written by`). */
const prepositions = new Set(['by', 'in', 'on', 'at', 'as', 'from', 'for', 'to', 'with', 'into', 'under', 'during', 'after', 'near'])

/** Participles that describe a lasting state (`located in`, `known as`): `is`, not `was`, after a present clause. */
const stative = new Set(['located', 'known', 'called', 'named', 'based', 'situated', 'used', 'made', 'composed', 'found', 'considered', 'regarded', 'owned', 'run', 'led', 'held'])

/** Words after which a noun phrase's head has been passed (`buildings in Britain`). */
const headEnders = new Set(['in', 'of', 'from', 'at', 'on', 'with', 'for', 'by', 'near', 'under'])

/** Returns the head noun of a clause's subject (lower case): the last word before its verb or its first preposition. */
function subjectHead(tokens: readonly Token[]): string | undefined {
  let head: string | undefined
  for (const item of tokens) {
    if (item.kind === 'punctuation') return undefined
    if (item.kind !== 'word') continue
    const lower = item.value.toLowerCase()
    if (isFiniteVerb(lower) || headEnders.has(lower)) return head
    head = lower
  }
  return undefined
}

/**
 * Give a trailing past-participle phrase its own sentence:
 * `…the album Abbey Road, released in 1969.` → `…the album Abbey Road. It was released in 1969.`
 */
export const splitPastParticiple: Rule = {
  name: 'split-past-participle',
  levels: ['plain', 'easy'],
  triggers: [[','], [...prepositions, 'using']],
  // A phrase inside the sentence moves after it; its own words keep their order.
  reorders: true,
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 2; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index] || tokens[index - 2]?.value !== ',' || tokens[index - 1]?.kind !== 'space') continue
      const lower = token.value.toLowerCase()
      // `released in`, `built mainly using`: the preposition or `using` may follow one `-ly` adverb.
      let next = tokens[index + 2]
      if (next?.kind === 'word' && /^[a-z]{3,}ly$/.test(next.value) && tokens[index + 3]?.kind === 'space') next = tokens[index + 4]
      if (!/^[a-z]{3,}(ed|wn|en|lt|nt|ld|de)$/.test(lower) || next?.kind !== 'word' || !(prepositions.has(next.value.toLowerCase()) || next.value === 'using')) continue
      if (lower === 'then' || lower === 'when') continue
      // A trailing attribution (`…, police said.`) must stay with the whole claim: it may cover the phrase too.
      if (reportsSpeech(tokens.slice(index + 1))) continue
      const left = tokens.slice(0, index - 2)
      if (wordCount(left) < 2 || opensDependent(left)) continue
      let rest = trimTokens(tokens.slice(index))
      let main = left
      const pause = rest.findIndex((item) => item.kind === 'punctuation' && /^[,;:()–—]$/.test(item.value))
      if (pause !== -1) {
        // `The effort, organized by a group, will end.` → `The effort will end. It was organized by a group.`
        const after = trimTokens(rest.slice(pause + 1))
        const verb = after[0]
        if (rest[pause]?.value !== ',' || verb?.kind !== 'word' || !isFiniteVerb(verb.value.toLowerCase())) continue
        // When the part before already has its verb, what follows the comma is another phrase (`…California,
        // surrounded by the Bay Area, dominated by large cities`), not the main verb.
        if (hasFiniteVerb(left)) continue
        main = [...left, space, ...after]
        rest = rest.slice(0, pause)
      } else if (wordCount(left) < 4 || !hasFiniteVerb(left)) continue
      // After a predicate adjective (`buildings … were simple, built …`) the phrase is about the subject.
      const lastWord = [...left].reverse().find((item) => item.kind === 'word')?.value.toLowerCase() ?? ''
      const antecedent = (tagsOf(lastWord)[0] ?? '').startsWith('JJ') ? subjectHead(left) ?? lastWord : lastWord
      const plural = /[^su]s$/.test(antecedent) && !/(ss|is|us|ics)$/.test(antecedent)
      const past = left.some((item) => item.kind === 'word' && isPastVerb(item.value.toLowerCase()))
      const present = stative.has(lower) && !past
      const be = plural ? (present ? 'are' : 'were') : present ? 'is' : 'was'
      found.push({
        sentences: [closeSentence(main), closeSentence([word(plural ? 'They' : 'It'), space, word(be), space, ...rest])],
        reason: `Gave “${token.value} …” its own sentence.`,
        key: `participle@${index}`
      })
    }
    return found
  }
}
