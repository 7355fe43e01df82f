/**
 * sacrebleu's `13a` tokenizer (the `mteval-v13a.pl` rules), as EASSE's
 * `normalize()` applies it after lower-casing.
 *
 * Returns the tokens joined by single spaces.
 */
export function tokenize13a(line: string): string {
  let text = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ')
  if (text.includes('&')) {
    text = text.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>')
  }
  text = ` ${text} `
  // Language-dependent part: symbols and punctuation become tokens.
  text = text.replace(/([{-~[-` -&(-+:-@/])/g, ' $1 ')
  // Periods and commas, unless preceded by a digit.
  text = text.replace(/([^0-9])([.,])/g, '$1 $2 ')
  // Periods and commas, unless followed by a digit.
  text = text.replace(/([.,])([^0-9])/g, ' $1 $2')
  // A dash after a digit.
  text = text.replace(/([0-9])(-)/g, '$1 $2 ')
  return text.split(/\s+/).filter(Boolean).join(' ')
}

/** EASSE's `normalize(sentence, lowercase=True, tokenizer='13a')`. */
export function normalize(sentence: string): string {
  return tokenize13a(sentence.toLowerCase())
}
