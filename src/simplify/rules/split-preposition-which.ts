import {isFiniteVerb, opensClause, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount} from '../sentence-tokens.ts'

/** Prepositions that may open `, to which …` at the end of a sentence (`of` is left out: `, of which 5 were …`). */
const prepositions = new Set(['to', 'in', 'on', 'at', 'from', 'for', 'with', 'by', 'into', 'under', 'through', 'within'])

/** Words that open the subject of a short clause. */
const subjects = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'the'])

/**
 * Give a closing `, <preposition> which …` clause its own sentence, the
 * preposition moved after the clause and `which` made `it`:
 * `…joined the alliance, to which his country belongs.` → `…joined the alliance.
 * His country belongs to it.` Only when the clause ends the sentence without a
 * pause, opens with a subject and a finite verb, and the word before the comma
 * is a singular noun (a plural could make `it` wrong).
 */
export const splitPrepositionWhich: Rule = {
  name: 'split-preposition-which',
  levels: ['plain', 'easy'],
  triggers: [['.'], [','], ['which'], [...prepositions]],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const body = trimTokens(tokens)
    let end = body.length
    if (body[end - 1]?.value !== '.') return []
    end--
    for (let index = 4; index < end - 1; index++) {
      const preposition = body[index]
      if (preposition?.kind !== 'word' || !prepositions.has(preposition.value.toLowerCase()) || quoted[index]) continue
      if (body[index - 2]?.value !== ',' || body[index + 2]?.value.toLowerCase() !== 'which') continue
      const clause = trimTokens(body.slice(index + 3, end))
      if (clause.some((item) => item.kind === 'punctuation' || item.kind === 'symbol')) continue
      // A long clause may hold another noun that `it` could point at (`most people in the town perished in it`).
      if (reportsSpeech(clause) || wordCount(clause) < 2 || wordCount(clause) > 6) continue
      // A subject and a finite verb (`his country belongs`, `he was born`).
      const words = clause.filter((item) => item.kind === 'word').map((item) => item.value)
      const first = (words[0] ?? '').toLowerCase()
      const last = (words.at(-1) ?? '').toLowerCase()
      const shortClause = subjects.has(first) && words.length <= 8 && (isFiniteVerb(last) || /[^s]s$/.test(last))
      if (!opensClause(clause) && !shortClause) continue
      // `It gave its name to it.` would leave the reader guessing which `it` is which.
      if (words.some((value) => /^(it|its|itself)$/i.test(value))) continue
      const antecedent = body[index - 3]
      if (antecedent?.kind !== 'word' || (/s$/i.test(antecedent.value) && !/ss$/i.test(antecedent.value))) continue
      const main = body.slice(0, index - 2)
      // After a list (`Macbeth, Hamlet and Henry V, in which …`), `it` would seem to mean them all.
      const lastWords = main.filter((item) => item.kind === 'word').slice(-5).map((item) => item.value.toLowerCase())
      if (lastWords.some((value) => value === 'and' || value === 'or' || value === 'including')) continue
      if (wordCount(main) < 4) continue
      return [
        {
          sentences: [closeSentence(main), closeSentence(capitalize([...clause, space, word(preposition.value.toLowerCase()), space, word('it')]))],
          reason: `Gave the “${preposition.value} which …” part its own sentence.`,
          key: `preposition-which@${index}`
        }
      ]
    }
    return []
  }
}
