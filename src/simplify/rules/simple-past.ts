import {tagsOf} from '../part-of-speech.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {word, type Tokens} from '../sentence-tokens.ts'
import {replaceRange} from '../token-match.ts'

/** Returns the lower-case word before `index` (across one space), or undefined. */
function wordBefore(tokens: Tokens, index: number): string | undefined {
  const previous = tokens[index - 2]
  return tokens[index - 1]?.kind === 'space' && previous?.kind === 'word' ? previous.value.toLowerCase() : undefined
}

/**
 * Returns `was` or `were` for the subject right before `had` at `index`: a
 * pronoun, or a noun the lexicon knows as singular or plural (through `that`,
 * `which` or `who` to the noun before it); undefined when unsure.
 */
function beFor(tokens: Tokens, index: number): 'was' | 'were' | undefined {
  let at = index
  let subject = wordBefore(tokens, at)
  if (subject === 'that' || subject === 'which' || subject === 'who') {
    at -= 2
    subject = wordBefore(tokens, at)
  }
  // `pieces of art that had been stolen`: the noun before `of` leads the phrase.
  if (wordBefore(tokens, at - 2) === 'of' && subject !== undefined && !/^(he|she|it|i|they|we|you)$/.test(subject)) subject = wordBefore(tokens, at - 4)
  if (subject === undefined) return undefined
  if (subject === 'he' || subject === 'she' || subject === 'it' || subject === 'i') return 'was'
  if (subject === 'they' || subject === 'we' || subject === 'you') return 'were'
  const tag = tagsOf(subject)[0]
  if (tag === 'NNS' || tag === 'NNPS') return 'were'
  if (tag === 'NN' || tag === 'NNP') return 'was'
  return undefined
}

/**
 * Use the simple past for the past perfect of a regular verb, as plain
 * writers do: `The army had moved north.` → `The army moved north.`
 * `had been` becomes `was` or `were` when the subject's number is clear
 * (`had had` and irregular verbs stay).
 */
export const simplePast: Rule = {
  name: 'simple-past',
  levels: ['plain', 'easy'],
  triggers: [['had']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    // A condition or wish (`if it had been built, it would have cost …`, `as if it had been written`) needs its tense.
    const words = tokens.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
    if (words.some((value, at) => value === 'if' || value === 'unless' || value === 'wish' || value === 'wished' || ((value === 'would' || value === 'could' || value === 'might' || value === 'should') && words[at + 1] === 'have'))) return found
    for (let index = 0; index + 2 < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || token.value !== 'had' || quoted[index]) continue
      const verb = tokens[index + 2]
      if (tokens[index + 1]?.kind !== 'space' || verb?.kind !== 'word') continue
      if (verb.value === 'been') {
        // `The hall had been rebuilt` → `The hall was rebuilt`: `was` or `were` after the subject's number.
        const be = beFor(tokens, index)
        if (be === undefined) continue
        found.push({
          sentences: [replaceRange(tokens, index, index + 3, [word(be)])],
          reason: `Used the simple past “${be}” for “had been”.`,
          key: `had-been@${index}`
        })
        continue
      }
      if (!/^[a-z]{3,}ed$/.test(verb.value)) continue
      // `had used to`, `had needed`… are fine; `had hundred` is not a verb.
      if (verb.value === 'hundred' || verb.value === 'indeed') continue
      found.push({
        sentences: [replaceRange(tokens, index, index + 1, [])],
        reason: `Used the simple past “${verb.value}” for “had ${verb.value}”.`,
        key: `had@${index}`
      })
    }
    return found
  }
}
