const ones = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'
]
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const scales = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion']

/** Words for 0–99. */
function belowHundred(value: number): string[] {
  if (value < 20) return [ones[value] ?? '']
  const unit = value % 10
  const ten = tens[Math.floor(value / 10)] ?? ''
  return unit === 0 ? [ten] : [ten, ones[unit] ?? '']
}

/** Words for 0–999. */
function belowThousand(value: number): string[] {
  const hundreds = Math.floor(value / 100)
  const rest = value % 100
  const words = hundreds > 0 ? [ones[hundreds] ?? '', 'hundred'] : []
  return rest > 0 || words.length === 0 ? [...words, ...belowHundred(rest)] : words
}

/** Words for a whole number written in digits, by groups of three. */
function cardinal(digits: string): string[] {
  const trimmed = digits.replace(/^0+(?=\d)/, '')
  if (trimmed.length > scales.length * 3) return [...trimmed].map((digit) => ones[Number(digit)] ?? '')
  const words: string[] = []
  const groups: number[] = []
  for (let end = trimmed.length; end > 0; end -= 3) groups.unshift(Number(trimmed.slice(Math.max(0, end - 3), end)))
  groups.forEach((group, index) => {
    const scale = scales[groups.length - 1 - index] ?? ''
    if (group === 0 && groups.length > 1) return
    words.push(...belowThousand(group))
    if (scale !== '') words.push(scale)
  })
  return words
}

/**
 * The English words a number written in digits is read aloud as: `400` → four hundred,
 * `1,000` → one thousand, `3.5` → three point five, and four-digit years (no comma) as pairs
 * (`1998` → nineteen ninety-eight, `2022` → twenty twenty-two).
 *
 * Returns the words, lowercase, one per item (hyphenated tens split: `twenty`, `two`).
 */
export function numberWords(value: string): string[] {
  const [whole = '', fraction] = value.replace(/,/g, '').split('.')
  const year = Number(whole)
  let words: string[]
  if (fraction === undefined && !value.includes(',') && whole.length === 4 && ((year >= 1100 && year < 2000) || (year >= 2010 && year < 2100)) && year % 100 !== 0) {
    words = [...belowHundred(Math.floor(year / 100)), ...belowHundred(year % 100)]
  } else {
    words = cardinal(whole === '' ? '0' : whole)
  }
  if (fraction !== undefined && fraction !== '') {
    words.push('point', ...[...fraction].map((digit) => ones[Number(digit)] ?? ''))
  }
  return words
}
