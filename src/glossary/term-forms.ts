import pluralize from 'pluralize'

/** Whether `form` is written like an abbreviation: two or more capitals and no lowercase letter (`CSTO`, `U.N.`). */
export function isAbbreviationForm(form: string): boolean {
  return !/\p{Ll}/u.test(form) && (form.match(/\p{Lu}/gu) ?? []).length >= 2
}

/**
 * The inflected forms of a word a text may use for it: plurals (regular and irregular, from
 * `pluralize`), the singular of a plural term, and verb endings (`-s`, `-ed`, `-ing`).
 * An abbreviation only takes a plural `s` (`CSTOs`). Possessives need no form: matching
 * stops before the apostrophe.
 *
 * Returns the distinct forms, the word itself first.
 */
export function inflections(word: string): string[] {
  if (isAbbreviationForm(word)) return [word, word + 's']
  if (!/^\p{L}+$/u.test(word)) return [word]
  const forms = new Set([word, pluralize.plural(word), pluralize.singular(word), word + 's'])
  const lower = word.toLowerCase()
  if (/(?:s|x|z|ch|sh)$/.test(lower)) forms.add(word + 'es')
  if (lower.endsWith('e')) {
    forms.add(word + 'd')
    forms.add(word.slice(0, -1) + 'ing')
  } else if (/[^aeiou]y$/.test(lower)) {
    forms.add(word.slice(0, -1) + 'ies')
    forms.add(word.slice(0, -1) + 'ied')
    forms.add(word + 'ing')
  } else {
    forms.add(word + 'ed')
    forms.add(word + 'ing')
  }
  return [...forms]
}
