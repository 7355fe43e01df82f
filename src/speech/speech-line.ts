import {abbreviationForms} from './abbreviation-forms.ts'
import {numberForms} from './number-forms.ts'
import {applyReplacements, type OffsetMap} from './offset-map.ts'
import {symbolForms} from './symbol-forms.ts'

/** What the speech engine gets for one shown sentence. */
export interface SpeechLine {
  /** Id of the shown sentence (`s1`, `plain-1`, `easy-1`…). */
  readonly sentenceId: string
  /** The sentence as shown. */
  readonly text: string
  /** The sentence as the engine should read it: plain text, never SSML or markup. */
  readonly say: string
  /** Where `say` differs from `text` (see `OffsetMap`); empty when they are equal. */
  readonly map: OffsetMap
}

/** A stretch of a sentence with a known pronunciation, such as a glossary term. */
export interface Pronounced {
  readonly start: number
  readonly end: number
  /** The spoken form (“toh-kah-YEV”, “C S T O”). */
  readonly say: string
}

/** `lang` as a canonical BCP 47 tag, or `und` (no rules of any one language) when it is not one. */
function canonicalLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'und'
  } catch {
    return 'und'
  }
}

/**
 * The speech line of one sentence: glossary pronunciations first (they are written by
 * people), then numbers, dates, money, units, abbreviations and symbols in spoken form.
 *
 * Returns the line with its offset map back to the shown text.
 */
export function speechLine(
  sentenceId: string,
  text: string,
  lang: string,
  pronounced: readonly Pronounced[] = []
): SpeechLine {
  // A respelling written in lower case keeps the capital of the shown word (“Tokayev” → “Toe-kye-yev”).
  const capitalised = pronounced.map((item) =>
    /^\p{Lu}/u.test(text.slice(item.start, item.end)) ? {...item, say: item.say.charAt(0).toUpperCase() + item.say.slice(1)} : item
  )
  lang = canonicalLang(lang)
  // Without a known language only the pronunciations apply: another language's words would mislead.
  const {say, map} = applyReplacements(
    text,
    lang === 'und'
      ? capitalised
      : [...capitalised, ...numberForms(text, lang), ...abbreviationForms(text, lang), ...symbolForms(text, lang)]
  )
  return {sentenceId, text, say, map}
}

/**
 * The spoken form of any text outside the article's sentences (a glossary entry's
 * “Hear this” text, a summary): numbers, dates, money, units, abbreviations and symbols.
 *
 * Returns plain text for `speechSynthesis`.
 */
export function spokenText(text: string, lang: string): string {
  return speechLine('', text, lang).say
}
