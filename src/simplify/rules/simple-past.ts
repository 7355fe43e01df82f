import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {replaceRange} from '../token-match.ts'

/**
 * Use the simple past for the past perfect of a regular verb, as plain
 * writers do: `The army had moved north.` → `The army moved north.`
 * (`had been`, `had had` and irregular verbs stay.)
 */
export const simplePast: Rule = {
  name: 'simple-past',
  levels: ['plain', 'easy'],
  triggers: [['had']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 0; index + 2 < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || token.value !== 'had' || quoted[index]) continue
      const verb = tokens[index + 2]
      if (tokens[index + 1]?.kind !== 'space' || verb?.kind !== 'word' || !/^[a-z]{3,}ed$/.test(verb.value)) continue
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
