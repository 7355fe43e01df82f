import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {space, word, type Token, type Tokens} from '../sentence-tokens.ts'
import {tokensText} from '../tokens-text.ts'

/** Most words of a bracketed aside that reads well between commas. */
const maxWords = 8

/** First words of a bracket that points elsewhere (`(see below)`, `(pictured)`): no aside to read out. */
const pointers = new Set(['see', 'pictured', 'left', 'right', 'above', 'below', 'cf', 'ibid', 'sic'])

/** Units of measure: a bracket after one that gives the same amount in another unit reads `…, or …,`. */
const units = new Set([
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mi', 'mile', 'miles', 'm', 'metres', 'meters', 'metre',
  'meter', 'ft', 'feet', 'foot', 'in', 'inch', 'inches', 'cm', 'mm', 'kg', 'kilograms', 'g', 'grams', 'lb', 'lbs',
  'pounds', 'oz', 'ounces', 't', 'tons', 'tonnes', 'ha', 'hectares', 'acres', 'mph', 'kph', 'km/h', 'knots', 'kn',
  'l', 'litres', 'liters', 'gallons', 'yd', 'yards', 'km2', 'mi2', 'sq', '²', '°', 'c', 'f', 'nm'
])

/** Returns whether the token is a unit of measure (`km`, `miles`, `²`). */
function isUnit(token: Token | undefined): boolean {
  return token !== undefined && units.has(token.value.toLowerCase())
}

/** Returns whether the token is a word that starts with a digit. */
function isNumber(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\d/.test(token.value)
}

/**
 * Write a short remark in brackets between commas, as plain-language guides
 * ask (brackets interrupt a reader, and speech reads a comma as the pause it
 * is): `He turned into the devil (Mephistopheles).` → `He turned into the
 * devil, Mephistopheles.`; a measure given twice gets `or`: `44 miles (71 km)
 * northeast` → `44 miles, or 71 km, northeast`. Every word stays. Only for a
 * bracket of at most eight words with no punctuation of its own, no quotation
 * and no symbol (a formula keeps its brackets), not at the start of the
 * sentence and not inside a list (`equines (Equus) and deer`).
 */
export const bracketsToCommas: Rule = {
  name: 'brackets-to-commas',
  levels: ['plain', 'easy'],
  triggers: [['('], [')']],
  candidates(tokens) {
    const quoted = quotedTokens(tokens)
    const found: Candidate[] = []
    for (let open = 1; open < tokens.length; open++) {
      if (tokens[open]?.value !== '(' || quoted[open]) continue
      const close = tokens.findIndex((item, at) => at > open && item.value === ')')
      if (close === -1) continue
      const inside = tokens.slice(open + 1, close)
      const words = inside.filter((item) => item.kind === 'word')
      if (words.length === 0 || words.length > maxWords || pointers.has((words[0]?.value ?? '').toLowerCase())) continue
      // An abbreviation defined in brackets (`the central processing unit (CPU)`) keeps the usual form.
      if (words.length === 1 && /^[A-Z][A-Z0-9&.-]+$/.test(words[0]?.value ?? '')) continue
      // Punctuation of its own (`(Russian: Moskva)`, `(a, b)`) or a symbol (`(a + b)`) keeps the brackets; a dash
      // between numbers (`1904 – 1961`) and a full stop inside a word are fine.
      if (inside.some((item) => item.kind === 'symbol' || (item.kind === 'punctuation' && !/^[-–—]$/.test(item.value)))) continue
      // A bracket must follow a word (not open the sentence), with a space before it.
      const before = tokens[open - 1]
      const previous = tokens[open - 2]
      if (before?.kind !== 'space' || previous?.kind !== 'word') continue
      const after = tokens[close + 1]
      const next = tokens[close + 2]
      if (after !== undefined && after.kind !== 'space' && after.kind !== 'punctuation') continue
      // `G (General Audiences): …`: before a colon or semicolon the brackets stay.
      if (after?.kind === 'punctuation' && /^[:;]$/.test(after.value)) continue
      // The same measure in another unit (`44 miles (71 km)`): `44 miles, or 71 km,`.
      const measure = isNumber(inside.find((item) => item.kind === 'word')) && isUnit(previous) && isUnit([...inside].reverse().find((item) => item.kind === 'word' || item.kind === 'symbol'))
      // Before `and`/`or` (`1,200,000 km² (463,000 sq mi) or 12% of …`) commas would read as one more item.
      if (after?.kind === 'space' && next?.kind === 'word' && /^(and|or|nor)$/i.test(next.value)) continue
      const afterComma = after?.value === ',' ? tokens[close + 3] : undefined
      if (afterComma?.kind === 'word' && /^(and|or|nor)$/i.test(afterComma.value)) continue
      // Before another aside (`the Grey League (Grauer Bund), sometimes called …`) commas would chain into a list.
      if (after?.value === ',' && !measure) continue
      if (!measure) {
        // In a list or a coordination (`POP and IMAP (Internet …)`, `equines (Equus ferus) and red deer`,
        // `adenine (A) … thymine (T)`), commas would read as more items, or name the wrong one.
        // `(or valve sound)` reads well as `, or valve sound,`; `(and English Reformation)` would not.
        if (/^(and|but|nor)$/i.test(words[0]?.value ?? '')) continue
        if (tokens.slice(Math.max(0, open - 7), open).some((item) => item.value === ',' || (item.kind === 'word' && /^(and|or)$/i.test(item.value)))) continue
        if (tokens.some((item, at) => item.value === '(' && at !== open)) continue
        // A span of years (`(1904 – 1961)`) reads as a range only in brackets.
        if (words.length === 2 && words.every((item) => /^\d{2,4}$/.test(item.value))) continue
      }
      const opening: Token[] = [{kind: 'punctuation', value: ','}, space, ...(measure ? [word('or'), space] : [])]
      // No second comma before punctuation that closes the aside anyway (`… the devil (Mephistopheles).`).
      const closing: Token[] = after?.kind === 'punctuation' ? [] : [{kind: 'punctuation', value: ','}]
      const rewritten: Tokens = [...tokens.slice(0, open - 1), ...opening, ...inside, ...closing, ...tokens.slice(close + 1)]
      found.push({
        sentences: [[...rewritten]],
        reason: `Wrote the remark “${tokensText(tokens, open, close + 1)}” between commas: brackets interrupt reading, a comma is a pause.`,
        key: `brackets@${open}`
      })
      break
    }
    return found
  }
}
