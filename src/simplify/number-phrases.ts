/** A number as a sentence writes it, such as `up to 400`, `about a thousand` or `dozens`. */
export interface NumberPhrase {
  /** The words as written, qualifier and unit of time included (`up to 400`, `one week`). */
  readonly text: string
  /** UTF-16 offsets in the sentence. */
  readonly start: number
  readonly end: number
  /** The number itself without its qualifier (`400`, `a thousand`, `dozens`), lower case. */
  readonly core: string
  /** Its value when exact (`400`, `1000`), `null` for vague amounts such as `dozens`. */
  readonly value: number | null
}

// English cardinal words: the closed grammar of number names, not a word list a package holds.
const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const scales: Record<string, number> = {hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12}
const vague = ['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'scores']

const wordValue = new Map<string, number>()
for (const [index, word] of units.entries()) wordValue.set(word, index)
for (const [index, word] of tens.entries()) if (word) wordValue.set(word, index * 10)

const numberWord = [...wordValue.keys(), ...Object.keys(scales)].join('|')
const qualifier = String.raw`(?:about|around|nearly|almost|roughly|approximately|some|at least|at most|more than|fewer than|less than|over|under|up to|as many as|as few as)`
const digits = String.raw`\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent))?(?:[\s-](?:hundred|thousand|million|billion|trillion))?`
const words = String.raw`(?:(?:a|one)\s+(?:hundred|thousand|million|billion)|(?:${numberWord})(?:[\s-](?:and\s+)?(?:${numberWord}))*)(?:\s?(?:%|percent|per cent))?`
const vagueWords = String.raw`(?:${vague.join('|')})(?=\s+of\b)|dozens`
/** A unit of time after a number belongs to it: `one week`, `three days`. */
const timeUnit = String.raw`(?:\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century))?`
const pattern = new RegExp(String.raw`\b(?:(${qualifier})\s+)?(${digits}|${words}|${vagueWords})(?![\p{L}\p{N}])${timeUnit}(?![\p{L}\p{N}])`, 'giu')

/** Parse a number's core (`1,000`, `a thousand`, `forty-two`) to its value; `null` when vague. */
export function numberValue(core: string): number | null {
  const lower = core.toLowerCase().replace(/\s?(?:%|percent|per cent)$/, '')
  if (/^\d/.test(lower)) {
    const match = /^([\d,]+(?:\.\d+)?)(?:[\s-](\w+))?$/.exec(lower)
    if (!match) return null
    const base = Number((match[1] ?? '').replace(/,/g, ''))
    const scale = match[2] ? scales[match[2]] : 1
    return Number.isFinite(base) && scale !== undefined ? base * scale : null
  }
  let total = 0
  let current = 0
  for (const word of lower.split(/[\s-]+/)) {
    if (word === 'and') continue
    if (word === 'a') {
      current = 1
      continue
    }
    const scale = scales[word]
    if (scale !== undefined) {
      current = (current || 1) * scale
      if (scale >= 1000) {
        total += current
        current = 0
      }
      continue
    }
    const value = wordValue.get(word)
    if (value === undefined) return null
    current += value
  }
  return total + current
}

/**
 * Find every number a sentence gives: digits, number words, and vague amounts such as `dozens`,
 * each with the qualifier before it (`about`, `at least`, `up to`) and a unit of time after it (`week`).
 * `one of …` (a choice, not a count) is left out.
 *
 * Returns the phrases in order of appearance.
 */
export function numberPhrases(sentence: string): NumberPhrase[] {
  const result: NumberPhrase[] = []
  for (const match of sentence.matchAll(pattern)) {
    const core = match[2] ?? ''
    const after = sentence.slice((match.index ?? 0) + match[0].length)
    if (/^one$/i.test(core) && /^\s+(?:of|another|day|by one)\b/i.test(after)) continue
    if (/^one$/i.test(core) && !match[1] && /^\s+(?:of|another)\b/i.test(after)) continue
    const start = match.index ?? 0
    result.push({
      text: match[0],
      start,
      end: start + match[0].length,
      core: core.toLowerCase(),
      value: vague.includes(core.toLowerCase()) ? null : numberValue(core)
    })
  }
  return result
}
