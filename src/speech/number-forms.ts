import type {Replacement} from './offset-map.ts'

/** Scale words written after a number in news text, with their value. */
const scales: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12
}

const currencyCache = new Map<string, ReadonlyMap<string, string>>()

/**
 * Currency symbols of `lang` mapped to ISO 4217 codes, read from `Intl`: the symbols the
 * locale itself writes (`$` is USD in `en`, AUD in `en-AU`, MXN in `es-MX`), then narrow
 * symbols (`₽`) that belong to one currency only. A symbol two currencies share is left
 * alone: a wrong currency would change a fact.
 */
function currencySymbols(lang: string): ReadonlyMap<string, string> {
  const cached = currencyCache.get(lang)
  if (cached) return cached
  const result = new Map<string, string>()
  for (const display of ['symbol', 'narrowSymbol'] as const) {
    const owners = new Map<string, string[]>()
    for (const code of Intl.supportedValuesOf('currency')) {
      const symbol = new Intl.NumberFormat(lang, {style: 'currency', currency: code, currencyDisplay: display})
        .formatToParts(1)
        .find((part) => part.type === 'currency')?.value
      if (symbol && !/[\p{L}\s]/u.test(symbol)) owners.set(symbol, [...(owners.get(symbol) ?? []), code])
    }
    for (const [symbol, codes] of owners) {
      if (codes.length === 1 && codes[0] && !result.has(symbol)) result.set(symbol, codes[0])
    }
  }
  currencyCache.set(lang, result)
  return result
}

const unitCache = new Map<string, ReadonlyMap<string, string>>()

/**
 * Short unit symbols of `lang` (`km`, `kg`, `°C`, `km/h`…) mapped to `Intl` unit
 * identifiers. Single letters (`m`, `g`, `L`) are left out: in news text `5m` is
 * more often money than metres.
 */
function unitSymbols(lang: string): ReadonlyMap<string, string> {
  const cached = unitCache.get(lang)
  if (cached) return cached
  const result = new Map<string, string>()
  const units = [...Intl.supportedValuesOf('unit')]
  // Compound units news text writes: per unit of time (`km/h`, `m/s`), fuel and distance (`km/L`, `mpg`).
  const per = units.filter((unit) => /^(second|minute|hour|day|week|month|year|liter|gallon|kilometer|mile)$/.test(unit))
  for (const unit of [...units, ...units.flatMap((a) => per.map((b) => `${a}-per-${b}`))]) {
    let symbol: string | undefined
    try {
      symbol = new Intl.NumberFormat(lang, {style: 'unit', unit, unitDisplay: 'short'})
        .formatToParts(2)
        .filter((part) => part.type === 'unit')
        .map((part) => part.value)
        .join('')
        .trim()
    } catch {
      continue
    }
    if (symbol && symbol.length > 1 && !/\s/.test(symbol) && unit !== 'percent' && !result.has(symbol)) {
      result.set(symbol, unit)
    }
  }
  unitCache.set(lang, result)
  return result
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** Compiled patterns of one language. */
interface Patterns {
  readonly symbols: ReadonlyMap<string, string>
  readonly money: RegExp | undefined
  readonly units: ReadonlyMap<string, string>
  readonly measure: RegExp | undefined
}

const patternCache = new Map<string, Patterns>()

/** Money and unit patterns for `lang`, built once from its `Intl` symbols. */
function patterns(lang: string): Patterns {
  const cached = patternCache.get(lang)
  if (cached) return cached
  const alternatives = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
  const symbols = currencySymbols(lang)
  const units = unitSymbols(lang)
  const result: Patterns = {
    symbols,
    money:
      symbols.size > 0
        ? new RegExp(
            `(${alternatives(symbols.keys())})\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(thousand|million|billion|trillion|bn|mn|tn|k|m|b)\\b)?`,
            'gi'
          )
        : undefined,
    units,
    measure:
      units.size > 0
        ? new RegExp(`(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)\\s?(${alternatives(units.keys())})(?![\\p{L}\\p{N}])`, 'gu')
        : undefined
  }
  patternCache.set(lang, result)
  return result
}

/** A number as written (`1,200`, `3.5`) to its value; `NaN` when it is not one. */
function numberValue(written: string): number {
  return Number(written.replace(/,(?=\d{3}\b)/g, ''))
}

/** Spell a value with `Intl`, keeping its written precision. */
function spell(lang: string, value: number, options: Intl.NumberFormatOptions): string {
  const key = JSON.stringify([lang, options])
  let format = numberFormats.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, {minimumFractionDigits: 0, maximumFractionDigits: 2, ...options})
    if (numberFormats.size >= 1_000) numberFormats.clear()
    numberFormats.set(key, format)
  }
  return format.format(value)
}

/** Number formats by language and options (building an `Intl.NumberFormat` is slow; formatting is not). */
const numberFormats = new Map<string, Intl.NumberFormat>()

/**
 * Spoken forms of numbers in `text`: ISO dates, money (`$5.2bn`, `€300`), percentages,
 * units (`120 km/h`) and ranges (`10–12`), spelled by `Intl` for `lang`.
 *
 * Returns replacements; digits stay digits (every engine reads them) unless their form
 * changes the meaning of what is read.
 */
export function numberForms(text: string, lang: string): Replacement[] {
  const replacements: Replacement[] = []
  const add = (match: RegExpExecArray, say: string, offset = 0, length = match[0].length) => {
    replacements.push({start: match.index + offset, end: match.index + offset + length, say})
  }

  for (const match of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) continue
    add(match, new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(date))
  }

  const {symbols, money, units, measure} = patterns(lang)
  if (money) {
    for (const match of text.matchAll(money)) {
      const code = symbols.get(match[1] ?? '')
      const value = numberValue(match[2] ?? '')
      if (!code || Number.isNaN(value)) continue
      const scale = match[3] ? scales[match[3].toLowerCase()] ?? 1 : 1
      const compact = scale >= 1e6 ? ({notation: 'compact', compactDisplay: 'long'} as const) : {}
      add(match, spell(lang, value * scale, {style: 'currency', currency: code, currencyDisplay: 'name', ...compact}))
    }
  }

  for (const match of text.matchAll(/(\d(?:[\d,]*\d)?(?:\.\d+)?)\s?%/g)) {
    const value = numberValue(match[1] ?? '')
    if (!Number.isNaN(value)) add(match, spell(lang, value, {style: 'unit', unit: 'percent', unitDisplay: 'long'}))
  }

  if (measure) {
    for (const match of text.matchAll(measure)) {
      const unit = units.get(match[2] ?? '')
      const value = numberValue(match[1] ?? '')
      if (unit && !Number.isNaN(value)) add(match, spell(lang, value, {style: 'unit', unit, unitDisplay: 'long'}))
    }
  }

  const to = rangeWord(lang)
  for (const match of to ? text.matchAll(/(\d)\s?[–—-]\s?(?=\d)/g) : []) {
    // Skip ISO dates and phone-like runs: a range is two numbers, nothing more.
    const before = text.slice(0, match.index + 1)
    const after = text.slice(match.index + match[0].length)
    if (/\d{4}$/.test(before) && /^\d{2}-\d{2}/.test(after)) continue
    if (/\d{4}-\d{2}$/.test(before)) continue
    add(match, ` ${to} `, 1, match[0].length - 1)
  }

  return replacements
}

/**
 * The word between the ends of a spoken range (“10 to 12”). `Intl` writes ranges with a
 * dash in every locale, so only English is spelled; other languages keep the dash.
 */
function rangeWord(lang: string): string | undefined {
  return languageOf(lang) === 'en' ? 'to' : undefined
}

/** The language subtag of `lang` (`en-GB` → `en`), remembered per tag. */
function languageOf(lang: string): string {
  let language = languages.get(lang)
  if (language === undefined) {
    language = new Intl.Locale(lang).language
    if (languages.size >= 1_000) languages.clear()
    languages.set(lang, language)
  }
  return language
}

/** `languageOf` per tag. */
const languages = new Map<string, string>()
