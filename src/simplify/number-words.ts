/**
 * Values of number words from `zero` to `ninety`. A `Map`, not an object: looking up an
 * object by ever new keys makes V8 throw away its optimised code again and again.
 */
const units: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90
}))

/** Values of the multiplier words. */
const scales: ReadonlyMap<string, number> = new Map(Object.entries({hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12}))

/** Character codes of the lower-case first letters of all number words (from the tables above). */
const firstLetterCodes = new Set([...units.keys(), ...scales.keys()].map((key) => key.charCodeAt(0)))

/**
 * Whether a word may be a number word, judged by its first letter: `false` for a word that
 * starts with an ASCII character no number word starts with (most words), so it needs no
 * lower-casing and no lookup; `true` otherwise (other scripts are looked up in full).
 */
function mayBeNumberWord(word: string): boolean {
  const code = word.charCodeAt(0)
  if (!(code < 128)) return true
  return firstLetterCodes.has(code >= 65 && code <= 90 ? code + 32 : code)
}

/** A number word such as `twenty-one` (made once: a literal inside a function is a new object at every call). */
const tensAndUnit = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/

/** Returns the value of a unit number word (`seven` → 7, `twenty-one` → 21), or undefined. */
export function unitValue(word: string): number | undefined {
  if (!mayBeNumberWord(word)) return undefined
  const lower = word.toLowerCase()
  const unit = units.get(lower)
  if (unit !== undefined) return unit
  if (!lower.includes('-')) return undefined
  const match = tensAndUnit.exec(lower)
  if (match?.[1] && match[2]) return (units.get(match[1]) ?? 0) + (units.get(match[2]) ?? 0)
  return undefined
}

/** Returns the value of a scale word (`thousand` → 1000), or undefined. */
export function scaleValue(word: string): number | undefined {
  if (!mayBeNumberWord(word)) return undefined
  const lower = word.toLowerCase()
  return scales.get(lower)
}

/**
 * Read a run of number words starting at `words[0]`: `a thousand`, `two hundred`,
 * `one hundred and twenty`, `seven`.
 *
 * Returns the value and how many words it used, or undefined when the words are not a number.
 */
export function readNumberWords(words: readonly string[]): {value: number; length: number} | undefined {
  let total = 0
  let current = 0
  let used = 0
  let seen = false
  for (let index = 0; index < words.length; index++) {
    const word = (words[index] ?? '').toLowerCase()
    const unit = unitValue(word)
    const scale = scaleValue(word)
    if (unit !== undefined) {
      if (seen && current % 100 !== 0 && current !== 0) break
      current += unit
      seen = true
      used = index + 1
    } else if (scale !== undefined) {
      if (!seen && word !== '' && index === 0) return undefined
      if (current === 0) current = 1
      if (scale === 100) current *= 100
      else {
        total += current * scale
        current = 0
      }
      seen = true
      used = index + 1
    } else if ((word === 'a' || word === 'one') && index === 0 && scaleValue(words[1] ?? '') !== undefined) {
      current = 1
      used = 1
    } else if (word === 'and' && seen && scaleValue(words[index - 1] ?? '') !== undefined && unitValue(words[index + 1] ?? '') !== undefined) {
      continue
    } else break
  }
  if (!seen) return undefined
  return {value: total + current, length: used}
}

/** Returns `value` written with digits and thousands separators (1000 → `1,000`). */
export function formatNumber(value: number): string {
  let formatted = formattedNumbers.get(value)
  if (formatted === undefined || Object.is(value, -0)) {
    formatted = value.toLocaleString('en-US')
    if (formattedNumbers.size >= 10_000) formattedNumbers.clear()
    formattedNumbers.set(value, formatted)
  }
  return formatted
}

/** Numbers already written out by `formatNumber` (locale formatting is slow); bounded. */
const formattedNumbers = new Map<number, string>()
