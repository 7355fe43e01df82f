import {wordFrequency} from './word-frequency.ts'

/** Irregular past forms of verbs by their `-ing` form. */
const irregularPast: Readonly<Record<string, string>> = {
  making: 'made', becoming: 'became', leading: 'led', giving: 'gave', bringing: 'brought', taking: 'took',
  leaving: 'left', winning: 'won', losing: 'lost', beating: 'beat', setting: 'set', putting: 'put',
  cutting: 'cut', hitting: 'hit', running: 'ran', sending: 'sent', spending: 'spent', holding: 'held',
  keeping: 'kept', finding: 'found', selling: 'sold', buying: 'bought', building: 'built', telling: 'told',
  saying: 'said', getting: 'got', going: 'went', coming: 'came', seeing: 'saw', writing: 'wrote',
  meeting: 'met', paying: 'paid', rising: 'rose', falling: 'fell', standing: 'stood', fighting: 'fought',
  spreading: 'spread', bearing: 'bore', drawing: 'drew', driving: 'drove', breaking: 'broke',
  choosing: 'chose', forcing: 'forced', having: 'had', being: 'was', doing: 'did', lying: 'lay',
  dying: 'died', knowing: 'knew', thinking: 'thought', teaching: 'taught', catching: 'caught',
  feeding: 'fed', feeling: 'felt', hanging: 'hung', hiding: 'hid', meaning: 'meant', shooting: 'shot',
  shutting: 'shut', sinking: 'sank', sitting: 'sat', sleeping: 'slept', speaking: 'spoke', stealing: 'stole',
  striking: 'struck', swimming: 'swam', throwing: 'threw', understanding: 'understood', wearing: 'wore'
}

/**
 * Returns the simple past of a verb given its `-ing` form (`killing` → `killed`,
 * `making` → `made`), or undefined when unsure (the regular form is only
 * trusted when SUBTLEX-US knows it).
 */
export function pastFromIng(ing: string): string | undefined {
  const lower = ing.toLowerCase()
  if (Object.hasOwn(irregularPast, lower)) return irregularPast[lower]
  if (!/^[a-z]{3,}ing$/.test(lower)) return undefined
  const stem = lower.slice(0, -3)
  // `stopping` → `stopped`, `creating` → `created`, `killing` → `killed`, `carrying` → `carried`.
  const options = [stem + 'ed', stem + 'd', ...(stem.endsWith('y') ? [stem.slice(0, -1) + 'ied'] : [])]
  let best: string | undefined
  let bestCount = 0
  for (const option of options) {
    const count = wordFrequency(option)
    if (count > bestCount) {
      best = option
      bestCount = count
    }
  }
  return bestCount >= 5 ? best : undefined
}

/** Past forms that show a clause is in the past tense. */
const pastMarkers = new Set([
  'was', 'were', 'had', 'became', 'began', 'went', 'made', 'took', 'won', 'lost', 'left', 'came', 'gave',
  'said', 'found', 'held', 'led', 'wrote', 'built', 'grew', 'saw', 'ran', 'met', 'fell', 'rose', 'spent',
  'sold', 'bought', 'brought', 'told', 'thought', 'knew', 'paid', 'got', 'kept', 'stood', 'fought', 'did',
  'hit', 'put', 'set', 'cut', 'spread', 'beat', 'hurt', 'cost', 'let', 'shut', 'struck', 'shot', 'sent', 'drove'
])

/** Returns whether a lower-case word is a past-tense verb form. */
export function isPastVerb(lower: string): boolean {
  return pastMarkers.has(lower) || (/^[a-z]{3,}ed$/.test(lower) && lower !== 'hundred' && lower !== 'indeed')
}
