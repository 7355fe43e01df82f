import {isFiniteVerb, reportsSpeech} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'

const singularVerbs = new Set(['is', 'was', 'has', 'does'])

/** Words after the comma that ends a relative clause showing the main sentence goes on (`…, and then …`, `…, into the Hall`). */
const goesOn = new Set(['and', 'but', 'or', 'then', 'while', 'so', 'yet', 'into', 'onto', 'to', 'as', 'with', 'before', 'after', 'when'])
const pluralVerbs = new Set(['are', 'were', 'have', 'do'])

/** Returns whether a lower-case noun looks plural (`cities`, `troops`; not `bus`, `crisis`). */
function looksPlural(lower: string): boolean {
  return /[^su]s$/.test(lower) && !/(ss|is|us|ics)$/.test(lower)
}

/** Returns the capitalised name right before `index` (`Saltanat Azirbek`), or undefined. */
function nameBefore(tokens: Tokens, index: number): Token[] | undefined {
  const name: Token[] = []
  let at = index - 1
  while (at >= 0) {
    const token = tokens[at]
    if (token?.kind === 'word' && /^\p{Lu}/u.test(token.value)) {
      name.unshift(token)
      if (tokens[at - 1]?.kind === 'space' && tokens[at - 2]?.kind === 'word' && /^\p{Lu}/u.test(tokens[at - 2]?.value ?? '')) {
        name.unshift(space)
        at -= 2
        continue
      }
    }
    break
  }
  // The first word of the sentence alone is not surely a name.
  const firstWord = tokens.findIndex((token) => token.kind === 'word')
  if (name.length === 0 || (name.length === 1 && at === firstWord)) return undefined
  return name
}

/**
 * Split a non-restrictive relative clause into its own sentence:
 * `He lives in Paris, which is the capital.` → `He lives in Paris. It is the capital.`
 * and `The city, which is old, has a port.` → `The city has a port. It is old.`
 * `who` becomes the person's name; `which` becomes `It` or `They` by the verb.
 */
export const splitRelativeClause: Rule = {
  name: 'split-relative-clause',
  levels: ['plain', 'easy'],
  triggers: [[','], ['which', 'who']],
  // The clause moves after the main clause; its own words keep their order.
  reorders: true,
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let index = 2; index < tokens.length; index++) {
      const token = tokens[index]
      if (token?.kind !== 'word' || quoted[index]) continue
      const lower = token.value.toLowerCase()
      if ((lower !== 'which' && lower !== 'who') || tokens[index - 2]?.value !== ',' || tokens[index - 1]?.kind !== 'space') continue
      // The verb may follow an adverb or two: `which later became`, `which today is`.
      let verbAt = index + 2
      while (verbAt < index + 8 && tokens[verbAt]?.kind === 'word' && /ly$|^(later|today|now|still|then|also|often|soon|once)$/i.test(tokens[verbAt]?.value ?? '') && !isFiniteVerb((tokens[verbAt]?.value ?? '').toLowerCase())) verbAt += 2
      const verb = tokens[verbAt]
      if (tokens[index + 1]?.kind !== 'space' || verb?.kind !== 'word') continue
      const verbLower = verb.value.toLowerCase()
      if (!isFiniteVerb(verbLower) && !/^[a-z]+[^s]s$/.test(verbLower)) continue
      // A trailing attribution (`…, police said.`) must stay with the whole claim.
      if (reportsSpeech(tokens.slice(index + 1))) continue
      const antecedent = [...tokens.slice(0, index - 2)].reverse().find((item) => item.kind === 'word')
      if (antecedent === undefined) continue

      let subject: Token[]
      if (lower === 'who') {
        const name = nameBefore(tokens, index - 2)
        if (name) subject = name
        else if (pluralVerbs.has(verbLower) || looksPlural(antecedent.value.toLowerCase())) subject = [word('They')]
        else continue
      } else if (pluralVerbs.has(verbLower)) subject = [word('They')]
      else if (singularVerbs.has(verbLower) || /s$/.test(verbLower)) subject = [word('It')]
      else subject = [word(looksPlural(antecedent.value.toLowerCase()) ? 'They' : 'It')]

      // Where does the clause end? At the next comma (then the sentence goes on) or at the end.
      let close = index + 1
      while (close < tokens.length) {
        const next = tokens[close]
        if (next?.kind === 'punctuation' && /^[,;:()–—]$/.test(next.value)) break
        close++
      }
      const main = tokens.slice(0, index - 2)
      let first: Token[]
      let clause: Token[]
      const rest = trimTokens(tokens.slice(close + 1))
      const restVerb = rest[0]
      if (tokens[close]?.value === ',' && restVerb?.kind === 'word' && (isFiniteVerb(restVerb.value.toLowerCase()) || /^[a-z]+[^s]s$/.test(restVerb.value))) {
        // The sentence goes on after the clause with the main verb.
        first = closeSentence([...main, space, ...rest])
        clause = tokens.slice(index + 1, close)
      } else {
        // A clause that goes on after a pause (`…, who drafted him, and then spells with …`) would take the
        // rest of the sentence with it and change who did what: no split.
        const next = rest.find((item) => item.kind === 'word')?.value.toLowerCase()
        if (tokens[close]?.value === ',' && next !== undefined && goesOn.has(next)) continue
        first = closeSentence(main)
        clause = tokens.slice(index + 1)
      }
      const second = closeSentence(capitalize([...subject, space, ...trimTokens(clause)]))
      if (wordCount(first) < 3 || wordCount(second) < 3) continue
      found.push({
        sentences: [first, second],
        reason: `Moved the “${token.value} …” part into its own sentence.`,
        key: `${lower}@${index}`
      })
    }
    return found
  }
}
