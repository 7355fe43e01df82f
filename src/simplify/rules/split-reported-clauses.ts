import {hasFiniteVerb, opensClause} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, space, trimTokens, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'

/** Reporting verbs whose `that` clause may hold two facts joined by `and`. */
const reportingVerbs = new Set(['said', 'says', 'reported', 'reports', 'announced', 'announces', 'stated', 'states', 'confirmed', 'confirms', 'added', 'adds', 'wrote', 'writes', 'claimed', 'claims', 'warned'])

/** Most words of the speaker, which is repeated in the second sentence. */
const mostSpeakerWords = 4

/** Fewest words of each reported clause. */
const fewestClauseWords = 3

/**
 * `easy` only: one idea per sentence for reported speech. `Authorities reported that
 * about 1,000 people were injured and up to 400 were hospitalized.` → `Authorities
 * reported that about 1,000 people were injured. Authorities reported that up to 400
 * were hospitalized.` Both facts stay the speaker's: the short speaker and its verb
 * are repeated (a noun, not a pronoun, as easy language asks). Only when the speaker
 * opens the sentence, both parts are clauses of their own, and nothing is quoted.
 */
export const splitReportedClauses: Rule = {
  name: 'split-reported-clauses',
  levels: ['easy'],
  triggers: [[...reportingVerbs], ['that']],
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    const quoted = quotedTokens(tokens)
    if (quoted.some(Boolean)) return found
    // `<speaker> <verb> that …` at the start of the sentence, with no pause before `that`.
    let verb = -1
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind === 'punctuation') return found
      if (token?.kind === 'word' && reportingVerbs.has(token.value.toLowerCase())) {
        verb = index
        break
      }
    }
    if (verb < 1 || tokens[verb + 2]?.value.toLowerCase() !== 'that') return found
    const speaker = trimTokens(tokens.slice(0, verb))
    if (wordCount(speaker) < 1 || wordCount(speaker) > mostSpeakerWords || hasFiniteVerb(speaker)) return found
    const head: Token[] = tokens.slice(0, verb + 3)
    const body = tokens.slice(verb + 4)
    for (let index = 0; index < body.length; index++) {
      const token = body[index]
      if (token?.kind !== 'word' || token.value !== 'and' || body[index - 1]?.kind !== 'space') continue
      const first = trimTokens(body.slice(0, index))
      // `said that X and that Y`: the second `that` is repeated by the head already.
      let second = trimTokens(body.slice(index + 1))
      if (second[0]?.value.toLowerCase() === 'that') second = trimTokens(second.slice(1))
      if (wordCount(first) < fewestClauseWords || wordCount(second) < fewestClauseWords) continue
      if (!opensClause(first) || !opensClause(second)) continue
      // A pause inside either part (a list, an aside) makes the split unsure.
      if ([...first, ...second.slice(0, -1)].some((item) => item.kind === 'punctuation' && /^[,;:()–—]$/.test(item.value))) continue
      found.push({
        sentences: [closeSentence([...head, space, ...first]), closeSentence([...speaker, space, ...tokens.slice(verb, verb + 3), space, ...second])],
        reason: `Gave each reported fact its own sentence, each with who reported it.`,
        key: `reported-and@${index}`
      })
      break
    }
    return found
  }
}
