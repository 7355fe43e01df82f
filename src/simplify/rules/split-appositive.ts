import {isFiniteVerb} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, word, wordCount, type Token} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'
import {tokensText} from '../tokens-text.ts'

/** Verbs after which the appositive is still true now (news: `X, a spokesman, said`). */
const reporting = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'wrote', 'noted'])

/**
 * Give a description of a named person or thing its own sentence:
 * `Saltanat Azirbek, a police spokesman, said …` → `Saltanat Azirbek is a police
 * spokesman. Azirbek said …`. Only for a name that opens the sentence, a
 * description that starts with `a`, `an` or `the`, and a verb right after it.
 */
export const splitAppositive: Rule = {
  name: 'split-appositive',
  levels: ['plain', 'easy'],
  triggers: [[','], ['a', 'an', 'the']],
  reorders: true,
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    // The name: capitalised words from the start.
    let index = 0
    const name: Token[] = []
    while (index < tokens.length) {
      const token = tokens[index]
      if (token?.kind === 'word' && /^\p{Lu}/u.test(token.value)) name.push(token)
      else if (token?.kind === 'space' && name.length > 0 && tokens[index + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[index + 1]?.value ?? '')) name.push(token)
      else break
      index++
    }
    if (name.length === 0 || tokens[index]?.value !== ',' || quoted[index]) return []
    const opener = tokens[index + 2]?.value.toLowerCase()
    if (opener !== 'a' && opener !== 'an' && opener !== 'the') return []
    // The description ends at the last comma that is followed by a finite verb.
    for (let close = index + 3; close < tokens.length; close++) {
      if (tokens[close]?.value !== ',') continue
      const verb = tokens[close + 2]
      if (tokens[close + 1]?.kind !== 'space' || verb?.kind !== 'word') continue
      const lower = verb.value.toLowerCase()
      if (!isFiniteVerb(lower)) continue
      const description = trimTokens(tokens.slice(index + 1, close))
      if (description.some((item) => item.kind === 'punctuation' && /^[;:()–—]$/.test(item.value)) || wordCount(description) < 2) return []
      const be = reporting.has(lower) || !isPastVerb(lower) ? 'is' : 'was'
      const nameWords = name.filter((item) => item.kind === 'word')
      const shortName = nameWords.length > 1 ? [nameWords.at(-1) as Token] : name
      const main = trimTokens(tokens.slice(close + 2))
      const candidate: Candidate = {
        sentences: [closeSentence([...name, space, word(be), space, ...description]), closeSentence([...shortName, space, ...main])],
        reason: `Gave the description “${tokensText(description, 0)}” its own sentence.`,
        key: `appositive@${close}`
      }
      return [candidate]
    }
    return []
  }
}
