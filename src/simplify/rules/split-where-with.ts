import {hasFiniteVerb, opensClause, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount} from '../sentence-tokens.ts'
import {pastFromIng} from '../verb-forms.ts'

/**
 * Give a trailing `where` clause or `with … -ing` phrase its own sentence:
 * `…in Almaty, where crowds looted shops.` → `…in Almaty. There, crowds looted shops.`;
 * `…turned violent, with police reporting deaths.` → `…turned violent. Police reported deaths.`
 */
export const splitWhereWith: Rule = {
  name: 'split-where-with',
  levels: ['plain', 'easy'],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 2; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index] || tokens[index - 2]?.value !== ',') continue
      const lower = token.value.toLowerCase()
      if (lower !== 'where' && lower !== 'with') continue
      // A trailing attribution (`…, police said.`) must stay with the whole claim.
      if (reportsSpeech(tokens.slice(index + 1))) continue
      const left = tokens.slice(0, index - 2)
      const rest = trimTokens(tokens.slice(index + 1))
      if (wordCount(left) < 4 || !hasFiniteVerb(left) || opensDependent(left)) continue
      if (rest.some((item) => item.kind === 'punctuation' && /^[;:()–—]$/.test(item.value))) continue
      if (lower === 'where') {
        if (!opensClause(rest)) continue
        found.push({
          sentences: [closeSentence(left), closeSentence([word('There'), {kind: 'punctuation', value: ','}, space, ...rest])],
          reason: 'Gave the “where …” part its own sentence.',
          key: `where@${index}`
        })
        continue
      }
      // `with <up to four words> <verb>-ing …`
      const words = rest.filter((item) => item.kind === 'word')
      const ingAt = words.findIndex((item, at) => at > 0 && at <= 4 && /ing$/.test(item.value))
      const ing = words[ingAt]
      if (ingAt === -1 || ing === undefined) continue
      if (words.slice(0, ingAt).some((item) => /ing$|^(and|or|of)$/.test(item.value))) continue
      const past = pastFromIng(ing.value)
      if (past === undefined) continue
      const position = rest.indexOf(ing)
      const sentence = capitalize([...rest.slice(0, position), word(past), ...rest.slice(position + 1)])
      found.push({
        sentences: [closeSentence(left), closeSentence(sentence)],
        reason: `Gave the “with … ${ing.value}” part its own sentence.`,
        key: `with@${index}`
      })
    }
    return found
  }
}
