/** One stretch of shown text replaced by a spoken form. */
export interface Replacement {
  /** Start offset in the shown text (UTF-16 code units). */
  readonly start: number
  /** End offset in the shown text (exclusive). */
  readonly end: number
  /** What the speech engine gets instead. */
  readonly say: string
}

/**
 * Where the spoken form differs from the shown text: a flat list of
 * `[textStart, textEnd, sayStart, sayEnd]` quadruples, in order. Outside these
 * stretches both strings are equal, shifted by the lengths changed before.
 */
export type OffsetMap = number[]

/** The spoken form of a text and the map back to the shown text. */
export interface Spoken {
  readonly say: string
  readonly map: OffsetMap
}

/**
 * Apply replacements to `text`. Overlapping replacements are dropped in favour of
 * the earlier one in `replacements` (callers list the most trusted rules first).
 *
 * Returns the spoken form and its offset map (empty when nothing changed).
 */
export function applyReplacements(text: string, replacements: readonly Replacement[]): Spoken {
  const kept: Replacement[] = []
  for (const candidate of replacements) {
    if (candidate.end <= candidate.start) continue
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue
    kept.push(candidate)
  }
  kept.sort((a, b) => a.start - b.start)
  let say = ''
  let cursor = 0
  const map: OffsetMap = []
  for (const {start, end, say: spoken} of kept) {
    if (text.slice(start, end) === spoken) continue
    say += text.slice(cursor, start)
    map.push(start, end, say.length, say.length + spoken.length)
    say += spoken
    cursor = end
  }
  say += text.slice(cursor)
  return {say, map}
}

/**
 * Map an offset in the spoken form (such as a `boundary` event's `charIndex`) back to
 * the shown text.
 *
 * Returns `[start, end]` in the shown text: the whole replaced stretch when the offset
 * falls inside one, else the same character shifted (`end` = `start`).
 */
export function textRange(map: readonly number[], sayIndex: number): [number, number] {
  let shift = 0
  for (let index = 0; index + 3 < map.length; index += 4) {
    const textStart = map[index] ?? 0
    const textEnd = map[index + 1] ?? 0
    const sayStart = map[index + 2] ?? 0
    const sayEnd = map[index + 3] ?? 0
    if (sayIndex < sayStart) break
    if (sayIndex < sayEnd) return [textStart, textEnd]
    shift = textEnd - sayEnd
  }
  return [sayIndex + shift, sayIndex + shift]
}
