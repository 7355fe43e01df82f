import type {Replacement} from './offset-map.ts'

/** The word `lang` joins two things with (“and”), read from `Intl.ListFormat`. */
function andWord(lang: string): string | undefined {
  if (andWords.has(lang)) return andWords.get(lang)
  const joined = new Intl.ListFormat(lang, {type: 'conjunction'}).format(['\u0001', '\u0002'])
  const word = joined.slice(joined.indexOf('\u0001') + 1, joined.indexOf('\u0002')).trim()
  const and = /^\p{L}+$/u.test(word) ? word : undefined
  if (andWords.size >= 1_000) andWords.clear()
  andWords.set(lang, and)
  return and
}

/** `andWord` per language, worked out once (building an `Intl.ListFormat` is slow). */
const andWords = new Map<string, string | undefined>()

/**
 * Spoken forms of symbols engines read badly: `&` becomes the language's “and”;
 * a dash set off by spaces (`MOSCOW – A…`) becomes a comma pause instead of “dash”;
 * runs of dots, asterisks and similar decoration are dropped.
 *
 * Returns replacements.
 */
export function symbolForms(text: string, lang: string): Replacement[] {
  const replacements: Replacement[] = []
  const and = andWord(lang)
  if (and) {
    for (const match of text.matchAll(/\s?&\s?/g)) {
      replacements.push({start: match.index, end: match.index + match[0].length, say: ` ${and} `})
    }
  }
  for (const match of text.matchAll(/\s+[–—]\s+/g)) {
    replacements.push({start: match.index, end: match.index + match[0].length, say: ', '})
  }
  for (const match of text.matchAll(/[*•·_~]{2,}|\.{4,}/g)) {
    replacements.push({start: match.index, end: match.index + match[0].length, say: ' '})
  }
  return replacements
}
