import {daleChall} from 'dale-chall'
import {spache} from 'spache'

/** A list of familiar words, as a set, with the inflection rule applied on lookup. */
export interface WordList {
  /** Whether `word` (lowercase, straight apostrophes) or the word it is inflected from is listed. */
  readonly has: (word: string) => boolean
}

/**
 * Candidate base forms of an inflected word: plural and third person (`-s`, `-es`, `-ies`),
 * possessive (`-'s`, `-s'`), past (`-ed`, `-d`, `-ied`, doubled consonant), present
 * participle (`-ing`, with `e` restored or doubled consonant dropped), comparative and
 * superlative (`-er`, `-est`, `-ier`, `-iest`) and adverbs in `-ly`.
 */
function baseForms(word: string): string[] {
  const forms: string[] = []
  const cut = (suffix: string, ...replacements: string[]) => {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) return
    const stem = word.slice(0, -suffix.length)
    for (const replacement of replacements) forms.push(stem + replacement)
    // Doubled final consonant: “stopped” → “stop”, “bigger” → “big”.
    const last = stem.charAt(stem.length - 1)
    if (stem.length > 2 && last === stem.charAt(stem.length - 2) && !'aeiou'.includes(last)) forms.push(stem.slice(0, -1))
  }
  cut("'s", '')
  cut("'", '')
  cut('ies', 'y')
  cut('es', '', 'e')
  cut('s', '')
  cut('ied', 'y')
  cut('ed', '', 'e')
  cut('ing', '', 'e')
  cut('ier', 'y')
  cut('iest', 'y')
  cut('er', '', 'e')
  cut('est', '', 'e')
  cut('ily', 'y')
  cut('ly', '', 'le')
  return forms
}

/** Build a word list that also accepts regular inflections of its words. */
function wordList(words: readonly string[]): WordList {
  const set = new Set(words.map((word) => word.toLowerCase()))
  return {
    has(word) {
      if (set.has(word)) return true
      for (const form of baseForms(word)) if (set.has(form)) return true
      return false
    }
  }
}

/**
 * The new Dale–Chall list of 3,000 words familiar to most fourth-graders (`dale-chall`),
 * accepting regular inflections of listed words.
 */
export const daleChallWords: WordList = wordList(daleChall)

/** The revised Spache list of words familiar to young readers (`spache`), accepting regular inflections. */
export const spacheWords: WordList = wordList(spache)
