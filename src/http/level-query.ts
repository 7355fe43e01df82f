import {levelNames, type ReadingLevel} from '../simplify/level.ts'

/** The version of an article a page address asks for. */
export interface LevelChoice {
  readonly level: ReadingLevel
  /** `view=compare`: the version beside the original. */
  readonly compare: boolean
}

/** The version shown when the address names none. */
export const defaultLevel: ReadingLevel = 'plain'

/**
 * Read `?level=original|plain|easy` (default `plain`; case and surrounding spaces ignored) and
 * `?view=compare` from an article address.
 *
 * Returns the choice, or `undefined` when either names something that does not exist (a 400).
 */
export function levelChoice(level: string | undefined, view: string | undefined): LevelChoice | undefined {
  const name = (level ?? '').trim().toLowerCase() || defaultLevel
  const found = levelNames.find((candidate) => candidate === name)
  if (!found) return undefined
  const shape = (view ?? '').trim().toLowerCase()
  if (shape !== '' && shape !== 'compare') return undefined
  return {level: found, compare: shape === 'compare'}
}
