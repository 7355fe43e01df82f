import {lexicon} from 'en-lexicon'

/**
 * Part-of-speech tags of English words from `en-lexicon` (finnlp; Penn
 * Treebank tags, most frequent first, e.g. `returns` → `NNS|VBZ`).
 *
 * Returns the tags of a lower-case word, most frequent first (empty when unknown).
 */
export function tagsOf(lower: string): readonly string[] {
  const cached = cache.get(lower)
  if (cached) return cached
  const entry = Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined
  const tags = entry ? entry.split('|') : []
  cache.set(lower, tags)
  return tags
}

const cache = new Map<string, readonly string[]>()

/**
 * Returns whether the word is a finite verb wherever it appears: its most
 * frequent tag is a past tense (`VBD`) or a present tense (`VBZ`, `VBP`) and
 * the lexicon knows it as nothing but a verb (and an `-s` form's stem is no
 * noun first). `serves`, `consists` and `lasted` are; `sits` and `returns`
 * (also nouns), `dikes` (stem a noun) and `developed` (mostly a participle) are not.
 */
export function onlyFiniteVerb(lower: string): boolean {
  const tags = tagsOf(lower)
  const first = tags[0]
  if (!(first === 'VBZ' || first === 'VBD' || first === 'VBP') || !tags.every((tag) => tag.startsWith('VB'))) return false
  // The lexicon misses some plural nouns (`dikes`): an `-s` form whose stem is mostly a noun is no sure verb.
  if (first === 'VBZ') {
    const stem = tagsOf(lower.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, ''))[0]
    if (stem !== undefined && stem.startsWith('NN')) return false
  }
  return true
}
