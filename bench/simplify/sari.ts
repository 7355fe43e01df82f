import {normalize} from './tokenize-13a.ts'

/** N-gram orders SARI counts. */
const ngramOrder = 4

type Counts = Map<string, number>

/** Returns the n-gram counts of orders 1–4 of a tokenised line (EASSE `extract_ngrams`). */
function extractNgrams(line: string): Counts[] {
  const tokens = line.split(' ').filter(Boolean)
  const result: Counts[] = []
  for (let n = 1; n <= ngramOrder; n++) {
    const counts: Counts = new Map()
    for (let index = 0; index + n <= tokens.length; index++) {
      const ngram = tokens.slice(index, index + n).join(' ')
      counts.set(ngram, (counts.get(ngram) ?? 0) + 1)
    }
    result.push(counts)
  }
  return result
}

/** `Counter * v`. */
function scale(counts: Counts, factor: number): Counts {
  const result: Counts = new Map()
  for (const [key, value] of counts) result.set(key, value * factor)
  return result
}

/** `Counter & Counter`: the minimum of each count, positive only. */
function intersect(a: Counts, b: Counts): Counts {
  const result: Counts = new Map()
  for (const [key, value] of a) {
    const other = b.get(key) ?? 0
    const min = Math.min(value, other)
    if (min > 0) result.set(key, min)
  }
  return result
}

/** `Counter - Counter`: positive differences only. */
function subtract(a: Counts, b: Counts): Counts {
  const result: Counts = new Map()
  for (const [key, value] of a) {
    const difference = value - (b.get(key) ?? 0)
    if (difference > 0) result.set(key, difference)
  }
  return result
}

function total(counts: Counts): number {
  let sum = 0
  for (const value of counts.values()) sum += value
  return sum
}

function precisionRecall(correct: number, systemTotal: number, referenceTotal: number): [number, number] {
  return [systemTotal > 0 ? correct / systemTotal : 0, referenceTotal > 0 ? correct / referenceTotal : 0]
}

function f1(precision: number, recall: number): number {
  return precision > 0 || recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

/** SARI and its three parts, each 0–100. */
export interface SariScores {
  readonly sari: number
  readonly add: number
  readonly keep: number
  readonly delete: number
}

/** Options of `corpusSari`. */
export interface SariOptions {
  /** EASSE's `use_f1_for_deletion` (default `true`, EASSE's default); `false` scores deletion by precision only, as Xu et al. 2016 wrote it. */
  readonly useF1ForDeletion?: boolean
}

/**
 * Corpus SARI exactly as EASSE's `corpus_sari` computes it by default
 * (`lowercase=True`, `tokenizer='13a'`, `legacy=False`,
 * `use_f1_for_deletion=True`, `use_paper_version=False`): n-gram statistics
 * (orders 1–4) are summed over the whole corpus; for each order, precision and
 * recall of add, keep and delete give an F1; the F1s are averaged over the
 * orders (EASSE `compute_macro_sari`), and SARI is the mean of the three.
 * Add counts n-grams as sets; keep and delete weight them by the number of
 * references.
 *
 * `references[r][i]` is the r-th reference of sentence `i`.
 *
 * Returns SARI and its operations, 0–100.
 */
export function corpusSari(
  originals: readonly string[],
  systems: readonly string[],
  references: ReadonlyArray<readonly string[]>,
  options: SariOptions = {}
): SariScores {
  const useF1ForDeletion = options.useF1ForDeletion ?? true
  const zero = (): number[] => Array.from({length: ngramOrder}, () => 0)
  const addCorrect = zero()
  const addSystem = zero()
  const addReference = zero()
  const keepCorrect = zero()
  const keepSystem = zero()
  const keepReference = zero()
  const deleteCorrect = zero()
  const deleteSystem = zero()
  const deleteReference = zero()

  for (let index = 0; index < originals.length; index++) {
    const original = extractNgrams(normalize(originals[index] ?? ''))
    const system = extractNgrams(normalize(systems[index] ?? ''))
    const referenceNgrams: Counts[] = Array.from({length: ngramOrder}, () => new Map())
    for (const set of references) {
      const reference = extractNgrams(normalize(set[index] ?? ''))
      for (let n = 0; n < ngramOrder; n++) {
        const target = referenceNgrams[n]
        if (target === undefined) continue
        for (const [key, value] of reference[n] ?? new Map<string, number>()) target.set(key, (target.get(key) ?? 0) + value)
      }
    }
    const referenceCount = references.length

    for (let n = 0; n < ngramOrder; n++) {
      const originalCounts = original[n] ?? new Map<string, number>()
      const systemCounts = system[n] ?? new Map<string, number>()
      const referenceCounts = referenceNgrams[n] ?? new Map<string, number>()

      // ADD (binary: sets of n-grams).
      let systemAdded = 0
      let correctAdded = 0
      for (const key of systemCounts.keys()) {
        if (originalCounts.has(key)) continue
        systemAdded++
        if (referenceCounts.has(key)) correctAdded++
      }
      let referenceAdded = 0
      for (const key of referenceCounts.keys()) if (!originalCounts.has(key)) referenceAdded++
      addSystem[n] = (addSystem[n] ?? 0) + systemAdded
      addReference[n] = (addReference[n] ?? 0) + referenceAdded
      addCorrect[n] = (addCorrect[n] ?? 0) + correctAdded

      // KEEP (weighted by the number of references).
      const originalWeighted = scale(originalCounts, referenceCount)
      const systemWeighted = scale(systemCounts, referenceCount)
      const systemAndOriginal = intersect(systemWeighted, originalWeighted)
      const referenceAndOriginal = intersect(originalWeighted, referenceCounts)
      keepSystem[n] = (keepSystem[n] ?? 0) + total(systemAndOriginal)
      keepReference[n] = (keepReference[n] ?? 0) + total(referenceAndOriginal)
      keepCorrect[n] = (keepCorrect[n] ?? 0) + total(intersect(systemAndOriginal, referenceAndOriginal))

      // DELETE (weighted).
      const originalNotSystem = subtract(originalWeighted, systemWeighted)
      const originalNotReference = subtract(originalWeighted, referenceCounts)
      deleteSystem[n] = (deleteSystem[n] ?? 0) + total(originalNotSystem)
      deleteReference[n] = (deleteReference[n] ?? 0) + total(originalNotReference)
      deleteCorrect[n] = (deleteCorrect[n] ?? 0) + total(intersect(originalNotSystem, originalNotReference))
    }
  }

  let add = 0
  let keep = 0
  let del = 0
  for (let n = 0; n < ngramOrder; n++) {
    const [addP, addR] = precisionRecall(addCorrect[n] ?? 0, addSystem[n] ?? 0, addReference[n] ?? 0)
    add += f1(addP, addR)
    const [keepP, keepR] = precisionRecall(keepCorrect[n] ?? 0, keepSystem[n] ?? 0, keepReference[n] ?? 0)
    keep += f1(keepP, keepR)
    const [delP, delR] = precisionRecall(deleteCorrect[n] ?? 0, deleteSystem[n] ?? 0, deleteReference[n] ?? 0)
    del += useF1ForDeletion ? f1(delP, delR) : delP
  }
  add = (100 * add) / ngramOrder
  keep = (100 * keep) / ngramOrder
  del = (100 * del) / ngramOrder
  return {sari: (add + keep + del) / 3, add, keep, delete: del}
}
