import {dictionary} from 'cmu-pronouncing-dictionary'
import type {Replacement} from './offset-map.ts'

/** A pronunciation without stress marks and comments. */
function phones(word: string): string | undefined {
  const entry = dictionary[word]
  return entry?.replace(/#.*$/, '').replace(/\d/g, '').trim()
}

/** Whether CMU says `word` is spelled letter by letter (`GDP` → “G D P”). */
function spelledByLetters(word: string): boolean {
  if (dictionary[word]?.includes('# abbrev')) return true
  const whole = phones(word)
  if (!whole) return false
  const letters = [...word].map((letter) => phones(letter))
  return letters.every(Boolean) && letters.join(' ') === whole
}

/**
 * Spoken forms of capitalised abbreviations in English text, decided by the CMU
 * pronouncing dictionary: an initialism (`GDP`, `U.S.`, `CIA`, or an unknown short one
 * like `CSTO`) is spelled letter by letter; an all-capitals word the dictionary knows
 * as a word (`NATO`, `MOSCOW`) is given in normal case so engines do not spell it.
 *
 * Returns replacements; none for languages other than English.
 */
export function abbreviationForms(text: string, lang: string): Replacement[] {
  if (new Intl.Locale(lang).language !== 'en') return []
  const replacements: Replacement[] = []
  // Dotted initialisms: U.S., U.K., E.U. (letters with dots, no lowercase).
  for (const match of text.matchAll(/(?<![\p{L}.])((?:\p{Lu}\.){2,})(?!\p{L})/gu)) {
    const letters = (match[1] ?? '').replace(/\./g, '')
    // Keep the final dot when it also ends the sentence.
    const end = match.index + match[0].length
    const sentenceEnd = end === text.length
    replacements.push({
      start: match.index,
      end: sentenceEnd ? end - 1 : end,
      say: [...letters].join(' ')
    })
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.])(\p{Lu}{2,})(s?)(?![\p{L}\p{N}])/gu)) {
    const upper = match[1] ?? ''
    const word = upper.toLowerCase()
    const known = phones(word) !== undefined
    const spell = upper.length === 2 || spelledByLetters(word) || (!known && (upper.length <= 4 || !/[AEIOUY]/.test(upper)))
    const say = spell
      ? [...upper].join(' ')
      : upper.length > 2 ? upper[0] + word.slice(1) : undefined
    if (say === undefined) continue
    replacements.push({start: match.index, end: match.index + upper.length, say})
  }
  return replacements
}
