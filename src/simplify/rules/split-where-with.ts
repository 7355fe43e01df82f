import {hasFiniteVerb, opensClause, opensDependent, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount, type Tokens} from '../sentence-tokens.ts'
import {pastFromIng} from '../verb-forms.ts'

/** Nouns of asking and intending that a closing `, with … for …` may hold (`with broader demands for reform`). */
const demandNouns = new Set(['demands', 'calls', 'plans', 'hopes', 'fears', 'requests', 'proposals', 'appeals', 'pleas', 'bids', 'pressures'])

/** Returns whether tokens opening with a dependent phrase go on, after its comma, with a whole clause, and report no speech. */
function clauseAfterOpener(tokens: Tokens): boolean {
  const comma = tokens.findIndex((item) => item.value === ',')
  return comma !== -1 && opensClause(trimTokens(tokens.slice(comma + 1))) && !reportsSpeech(tokens)
}

/**
 * Give a trailing `where` clause or `with … -ing` phrase its own sentence:
 * `…in Almaty, where crowds looted shops.` → `…in Almaty. There, crowds looted shops.`;
 * `…turned violent, with police reporting deaths.` → `…turned violent. Police reported deaths.`;
 * `…spread, with broader demands for reform.` → `…spread. This came with broader demands for reform.`
 */
export const splitWhereWith: Rule = {
  name: 'split-where-with',
  levels: ['plain', 'easy'],
  triggers: [[','], ['where', 'with']],
  candidates(tokens, context) {
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
      // At easy a three-word clause stands alone before `where` too (`These include Almaty, where …`).
      if (wordCount(left) < (context.level === 'easy' && lower === 'where' ? 3 : 4) || !hasFiniteVerb(left)) continue
      // `Despite X, the protests spread, with …`: a dependent opener is fine before a `with` tail when a
      // whole clause follows it (not an attribution such as `According to X, …`, which covers the tail too).
      if (opensDependent(left) && !(lower === 'with' && clauseAfterOpener(left))) continue
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
      const words = rest.filter((item) => item.kind === 'word')
      // `with (broader) demands for …` at the end: `This came with (broader) demands for …`
      // (plain only: easy drops such a detail instead, see `drop-detail`).
      const forAt = words.findIndex((item, at) => at <= 2 && item.value === 'for')
      const head = words[forAt - 1]
      if (context.level === 'plain' && forAt > 0 && head !== undefined && demandNouns.has(head.value) && !rest.some((item) => item.value === ',')) {
        if (words.slice(0, forAt).every((item) => /^\p{Ll}+$/u.test(item.value) && !/^(a|an|the|and|or|of)$/.test(item.value))) {
          found.push({
            sentences: [closeSentence(left), closeSentence([word('This'), space, word('came'), space, word('with'), space, ...rest])],
            reason: `Gave the “with ${head.value} for …” part its own sentence.`,
            key: `with-for@${index}`
          })
          continue
        }
      }
      // `with <up to four words> <verb>-ing …`
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
