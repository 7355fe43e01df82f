import {normalize} from './tokenize-13a.ts'

/**
 * Corpus Flesch–Kincaid grade level exactly as EASSE's `corpus_fkgl` computes it
 * (easse/fkgl.py, easse/utils/text.py):
 *
 * - each output line is normalised (lower case, sacrebleu 13a tokens);
 * - it is cut into sentences (EASSE uses NLTK's Punkt; on 13a text, where every
 *   sentence-final `.`, `!` or `?` is a token of its own, Punkt breaks after each
 *   such token, and so does this);
 * - words are the whitespace tokens, punctuation included (`text.split()`);
 * - syllables come from EASSE's `count_syllables_in_word` (a port of DRESS's
 *   `syllables_en.py`): vowel groups after a final `e` is stripped, plus and
 *   minus a few patterns; punctuation and digits count 0;
 * - FKGL = 0.39 × words/sentences + 11.8 × syllables/words − 15.59, never below 0.
 *
 * Returns the grade (0 for empty input).
 */
export function corpusFkgl(lines: readonly string[]): number {
  let sentences = 0
  let words = 0
  let syllables = 0
  for (const line of lines) {
    let inSentence = false
    for (const token of normalize(line).split(' ')) {
      if (token === '') continue
      words++
      syllables += countSyllablesEasse(token)
      inSentence = true
      if (/^[.!?]+$/.test(token)) {
        sentences++
        inSentence = false
      }
    }
    if (inSentence) sentences++
  }
  if (sentences === 0 || words === 0) return 0
  return Math.max(0, 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59)
}

// EASSE's exceptions (words its vowel-group rule miscounts), as it ships them.
const specialWords = new Map<string, number>(
  Object.entries({
    the: 1, tottered: 2, chummed: 1, peeped: 1, moustaches: 2, shamefully: 3, messieurs: 2, satiated: 4,
    sailmaker: 4, sheered: 1, disinterred: 3, propitiatory: 6, bepatched: 2, particularized: 5, caressed: 2,
    trespassed: 2, sepulchre: 3, flapped: 1, hemispheres: 3, pencilled: 2, motioned: 2, poleman: 2,
    slandered: 2, sombre: 2, etc: 4, sidespring: 2, mimes: 1, effaces: 2, mr: 2, mrs: 2, ms: 1, dr: 2,
    st: 1, sr: 2, jr: 2, truckle: 2, foamed: 1, fringed: 2, clattered: 2, capered: 2, mangroves: 2,
    suavely: 2, reclined: 2, brutes: 1, effaced: 2, quivered: 2, "h'm": 1, veriest: 3, sententiously: 4,
    deafened: 2, manoeuvred: 3, unstained: 2, gaped: 1, stammered: 2, shivered: 2, discoloured: 3,
    gravesend: 2, '60': 2, lb: 1, unexpressed: 3, greyish: 2, unostentatious: 5
  })
)
const subtract = [/cial/, /tia/, /cius/, /cious/, /gui/, /ion/, /iou/, /sia$/, /.ely$/]
const add = [
  /ia/, /riet/, /dien/, /iu/, /io/, /ii/, /[aeiouy]bl$/, /mbl$/, /[aeiou]{3}/, /^mc/, /ism$/,
  /(.)(?!\1)([aeiouy])\2l$/, /[^l]llien/, /^coad./, /^coag./, /^coal./, /^coax./,
  /(.)(?!\1)[gq]ua(.)(?!\2)[aeiou]/, /dnt$/
]
const cache = new Map<string, number>()

/** EASSE's `count_syllables_in_word` (0 for punctuation and digits). */
export function countSyllablesEasse(token: string): number {
  const cached = cache.get(token)
  if (cached !== undefined) return cached
  let word = token.toLowerCase().trim()
  let count = specialWords.get(word)
  if (count === undefined) {
    word = word.replace(/e+$/, '')
    count = 0
    let previousWasVowel = false
    for (const character of word) {
      const isVowel = 'aeiouy'.includes(character)
      if (isVowel && !previousWasVowel) count++
      previousWasVowel = isVowel
    }
    for (const pattern of add) if (pattern.test(word)) count++
    for (const pattern of subtract) if (pattern.test(word)) count--
  }
  cache.set(token, count)
  return count
}
