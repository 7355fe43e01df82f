import {hasFiniteVerb, isFiniteVerb} from '../clause-shape.ts'
import {easyLongSentence, mayLeaveOut} from '../easy-detail.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {closeSentence, wordCount, type Tokens} from '../sentence-tokens.ts'
import {isPastVerb} from '../verb-forms.ts'

/** Words that open a clause saying when the main fact happened. */
const timeOpeners = new Set(['when', 'while'])

/** Words before `when` that make it a question word, not a time clause (`asked when`, `know when`). */
const questionVerbs = new Set(['ask', 'asked', 'asks', 'know', 'knew', 'knows', 'known', 'say', 'said', 'says', 'tell', 'told', 'decide', 'decided', 'explain', 'explained', 'wonder', 'wondered', 'about', 'unclear', 'clear', 'sure', 'unsure', 'show', 'showed', 'remember', 'remembered', 'learn', 'learned', 'see', 'saw'])

/** Words before `when` that leave no clause to attach it to (`reported that while …`, `and when …`). */
const functionWords = new Set(['that', 'and', 'or', 'but', 'as', 'than', 'until', 'since', 'only', 'even', 'just', 'except', 'because', 'if', 'so'])

/** Verbs that carry little meaning of their own: in `His break came in 2002 when he won the role`, the `when` clause is the fact. */
const lightVerbs = new Set(['came', 'happened', 'began', 'started', 'ended', 'occurred', 'was', 'were', 'took'])

/** Present and future auxiliaries: a main clause with one is no plain past fact (`is contraindicated when …`). */
const presentAuxiliaries = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', 'can', 'will', 'may', 'must', 'should', 'shall', 'might', 'could', 'would'])

/** Returns the lower-case finite verbs of tokens, in order. */
function finiteVerbs(tokens: Tokens): string[] {
  return tokens.filter((item) => item.kind === 'word' && isFiniteVerb(item.value.toLowerCase())).map((item) => item.value.toLowerCase())
}

/** Fewest words the main clause must keep. */
const fewestKept = 6

/**
 * `easy` only: in a long sentence (more than 15 words), leave out a trailing
 * `when …` or `while …` clause about the past: `Azirbek said authorities killed
 * dozens of people when they tried to raid government buildings.` → `Azirbek said
 * authorities killed dozens of people.` Only when both clauses are about the past (a
 * condition, `is unsafe when …`, `will resign when …`, is a fact, not a detail), the
 * main verb says something of its own (not `His break came in 2002 when …`), `when`
 * is no question (`asked when …`) nor part of a noun phrase (`…, the date when …`),
 * and the clause holds no negation or quotation.
 */
export const dropTimeClause: Rule = {
  name: 'drop-time-clause',
  levels: ['easy'],
  triggers: [[...timeOpeners]],
  dropsDetail: true,
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    if (wordCount(tokens) <= easyLongSentence) return found
    const quoted = quotedTokens(tokens)
    for (let index = 2; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index] || !timeOpeners.has(token.value.toLowerCase())) continue
      const previous = tokens[index - 2]
      if (tokens[index - 1]?.kind !== 'space' || previous?.kind !== 'word') continue
      const before = previous.value.toLowerCase()
      if (questionVerbs.has(before) || functionWords.has(before) || isFiniteVerb(before)) continue
      const kept = closeSentence(tokens.slice(0, index))
      if (wordCount(kept) < fewestKept || !hasFiniteVerb(kept)) continue
      // `when` must attach to a clause: the stretch after the last pause before it has a verb (not `…, the date when …`).
      let pause = index - 1
      while (pause >= 0 && !(tokens[pause]?.kind === 'punctuation' && /^[,;:()–—]$/.test(tokens[pause]?.value ?? ''))) pause--
      const last = finiteVerbs(tokens.slice(pause + 1, index))
      if (last.length === 0) continue
      // Both clauses about the past: the main one with no present or future auxiliary and a verb that says
      // something of its own, the `when` clause with a past verb first.
      const main = finiteVerbs(tokens.slice(0, index))
      if (main.some((verb) => presentAuxiliaries.has(verb)) || !main.some((verb) => isPastVerb(verb) && !lightVerbs.has(verb))) continue
      const clause = finiteVerbs(tokens.slice(index + 1))
      if (clause[0] === undefined || !isPastVerb(clause[0])) continue
      if (!mayLeaveOut(tokens, index, tokens.length)) continue
      const removed = tokens.slice(index).map((item) => item.value).join('').replace(/[.!?]$/, '')
      found.push({sentences: [kept], reason: `Left out the detail “${removed}”.`, key: `time@${index}`})
      break
    }
    return found
  }
}
