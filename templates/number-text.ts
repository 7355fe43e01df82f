/**
 * A score as text with one decimal (`13.3`), or “not scored” for `null` (no words to score).
 *
 * Returns the text.
 */
export function scoreText(value: number | null, digits = 1): string {
  return value === null ? 'not scored' : value.toFixed(digits)
}
