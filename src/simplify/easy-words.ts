import {daleChallWords} from '../readability/familiar-words.ts'
import {countSyllables} from '../readability/syllables.ts'
import type {Tokens} from './sentence-tokens.ts'

/**
 * Where a swap keeps the meaning: anywhere, only in a passive (`were injured` → `were hurt`), only
 * before `that` (`reported that` → `said that`), only after `not` (`did not specify` → `did not say`), or
 * only before troops or other forces (`deploying paratroopers` → `sending paratroopers`, not `deploying software`).
 */
type Context = 'any' | 'passive' | 'before-that' | 'after-not' | 'before-forces'

/**
 * Easy words for the `easy` level: hard word → common words of the same meaning, every
 * inflection written out, with the context where the meaning stays the same. Curated for news;
 * a word is listed only when the swap keeps the meaning there (`injured` only as a verb: `were
 * injured` → `were hurt`, never `the injured`). Larger than the plain table: `easy` may use
 * two common words for one hard one (`participate` → `take part`).
 */
const table: Readonly<Record<string, readonly [string, Context]>> = {
  previous: ['earlier', 'any'], specify: ['say', 'after-not'],
  firearms: ['guns', 'any'], firearm: ['gun', 'any'],
  mobilized: ['called up', 'passive'], mobilised: ['called up', 'passive'],
  injured: ['hurt', 'passive'], wounded: ['hurt', 'passive'],
  hospitalized: ['taken to hospital', 'passive'], hospitalised: ['taken to hospital', 'passive'],
  detained: ['held', 'passive'], rescind: ['take back', 'any'], rescinds: ['takes back', 'any'],
  fatalities: ['deaths', 'any'], fatality: ['death', 'any'], permitted: ['allowed', 'any'],
  participate: ['take part', 'any'], participates: ['takes part', 'any'], participated: ['took part', 'any'],
  participating: ['taking part', 'any'],
  occasionally: ['sometimes', 'any'], initiate: ['start', 'any'], initiates: ['starts', 'any'],
  initiated: ['started', 'any'], regulations: ['rules', 'any'], collaborated: ['worked together', 'any'],
  collaborate: ['work together', 'any'], relocate: ['move', 'any'], relocates: ['moves', 'any'],
  relocated: ['moved', 'any'], relocating: ['moving', 'any'], ensure: ['make sure', 'any'],
  ensures: ['makes sure', 'any'], ensured: ['made sure', 'any'], ensuring: ['making sure', 'any'],
  deploy: ['send', 'before-forces'], deploys: ['sends', 'before-forces'], deploying: ['sending', 'before-forces'],
  deployed: ['sent', 'before-forces'],
  postpone: ['put off', 'any'], postpones: ['puts off', 'any'], postponed: ['put off', 'any'], postponing: ['putting off', 'any'],
  negotiations: ['talks', 'any'], demolished: ['torn down', 'passive'], medication: ['medicine', 'any'],
  medications: ['medicines', 'any'],
  extremely: ['very', 'any'], demonstrators: ['protesters', 'any'], reported: ['said', 'before-that'],
  declared: ['said', 'before-that'], declares: ['says', 'before-that']
}

/** Words for troops and other forces that are sent somewhere (`deploy` means `send` before them). */
const forces = new Set(['troops', 'soldiers', 'forces', 'police', 'paratroopers', 'officers', 'units', 'personnel', 'marines', 'ships', 'warships', 'jets', 'peacekeepers', 'reinforcements'])

/** Most words between `deploy` and the forces (`deploying more than 2,000 troops`). */
const mostWordsBeforeForces = 4

/** Words before a past participle that make it a passive verb. */
const passiveAuxiliaries = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'get', 'got', 'gets'])

/** Whether `replacement` is easier than `hard`: all its words on the Dale–Chall list, and `hard` not on it or longer in syllables. */
function easier(hard: string, replacement: string): boolean {
  const words = replacement.split(' ')
  if (!words.every((item) => daleChallWords.has(item))) return false
  return !daleChallWords.has(hard) || countSyllables(hard) > Math.max(...words.map((item) => countSyllables(item)))
}

/** The table, kept to swaps the word lists show are easier. */
const easyTable: ReadonlyMap<string, readonly [string, Context]> = new Map(
  Object.entries(table).filter(([hard, [replacement]]) => easier(hard, replacement))
)

/**
 * The easy word for the word at `index` (lower case) in its context, or undefined when there is
 * none: the hard word is not on the Dale–Chall list of familiar words (or is longer than its
 * replacement), the replacement is, and the context keeps the meaning.
 */
export function easyWord(tokens: Tokens, index: number): string | undefined {
  const lower = tokens[index]?.value.toLowerCase() ?? ''
  const entry = easyTable.get(lower)
  if (entry === undefined) return undefined
  const [replacement, context] = entry
  if (context === 'passive' && !passiveAuxiliaries.has((tokens[index - 2]?.value ?? '').toLowerCase())) return undefined
  if (context === 'before-that' && tokens[index + 2]?.value.toLowerCase() !== 'that') return undefined
  if (context === 'after-not' && tokens[index - 2]?.value.toLowerCase() !== 'not') return undefined
  if (context === 'before-forces') {
    const next = tokens.slice(index + 1).filter((token) => token.kind === 'word').slice(0, mostWordsBeforeForces)
    if (!next.some((token) => forces.has(token.value.toLowerCase()))) return undefined
  }
  return replacement
}
