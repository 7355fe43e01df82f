import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {LevelOverride} from '../content/load-level-overrides.ts'
import sentenceModel, {type ParagraphData, type SentenceData} from '../pipeline/sentence-model.ts'
import type {DraftParagraph, DraftSentence, LevelDraft} from './build-level.ts'
import type {LevelName, LevelRule} from './level.ts'
import {faithfulnessProblems} from './faithfulness-guard.ts'
import {sentenceFacts} from './sentence-facts.ts'
import {tokenize} from './sentence-tokens.ts'

/** Splits an editor's version into paragraphs and sentences exactly as articles are split. */
const splitter = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(sentenceModel).freeze()

/** The rule every sentence of an editor's version carries. */
const editorRule: LevelRule = {rule: 'editor', reason: 'An editor rewrote this by hand.'}

const token = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

/** Lowercased word tokens of a text. */
function tokens(text: string): string[] {
  return (text.toLowerCase().match(token) ?? []).map((word) => word.replace(/['’]s$/, ''))
}

/**
 * Align each sentence of an editor's version to the original sentences it says again:
 * the original sharing the most weighted words (rare words weigh more), preferring reading
 * order, plus a second original when the sentence merges two.
 */
function align(sentences: readonly SentenceData[], originals: readonly SentenceData[]): string[][] {
  const originalTokens = originals.map((original) => new Set(tokens(original.text)))
  const frequency = new Map<string, number>()
  for (const set of originalTokens) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const weight = (word: string) => Math.log((originals.length + 1) / ((frequency.get(word) ?? 0) + 0.5))
  let previous = 0
  return sentences.map((sentence) => {
    const own = [...new Set(tokens(sentence.text))]
    const total = own.reduce((sum, word) => sum + weight(word), 0) || 1
    const cover = (index: number, words: readonly string[]) =>
      words.reduce((sum, word) => sum + (originalTokens[index]?.has(word) ? weight(word) : 0), 0) / total
    let best = -1
    let bestScore = 0
    for (let index = 0; index < originals.length; index++) {
      // A small preference for reading order breaks ties between similar sentences.
      const score = cover(index, own) + (index >= previous ? 0.02 : 0) - Math.abs(index - previous) * 0.001
      if (score > bestScore) {
        best = index
        bestScore = score
      }
    }
    if (best < 0) return []
    previous = best
    const from = [best]
    const rest = own.filter((word) => !originalTokens[best]?.has(word))
    const restWeight = rest.reduce((sum, word) => sum + weight(word), 0) / total
    if (restWeight >= 0.35) {
      let second = -1
      let secondScore = 0
      for (let index = 0; index < originals.length; index++) {
        if (index === best) continue
        const score = cover(index, rest)
        if (score > secondScore) {
          second = index
          secondScore = score
        }
      }
      if (second >= 0 && secondScore >= restWeight * 0.5) from.push(second)
    }
    return from.sort((a, b) => a - b).map((index) => originals[index]?.id ?? '')
  })
}

/**
 * Draft a version from an editor's hand-written Markdown: split into sentences as articles are,
 * align each sentence to the originals it says again, and check each original sentence against
 * what the editor wrote for it with the engine's faithfulness guard (`faithfulnessProblems`:
 * numbers, names, negations and quotations lost, added or changed; at `easy`, leaving detail out
 * is allowed). For `plain`, which keeps every fact, an original sentence nothing says again is a
 * problem too. Problems are warnings: the editor's text is still used, as written.
 *
 * Returns the draft with its warnings.
 */
export function editorDraft(override: Readonly<LevelOverride>, originals: readonly ParagraphData[], name: LevelName): LevelDraft {
  const file = new VFile({value: override.markdown, path: override.path})
  splitter.runSync(splitter.parse(file), file)
  const paragraphs: ParagraphData[] = file.data.paragraphs ?? []
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences)
  const originalSentences = originals.flatMap((paragraph) => paragraph.sentences)
  const byId = new Map(originalSentences.map((sentence) => [sentence.id, sentence]))
  const alignment = align(sentences, originalSentences)
  const warnings: string[] = []
  const where = (sentence: SentenceData) => `${override.path}:${sentence.line + override.startLine - 1}`

  const drafted: DraftParagraph[] = []
  let index = 0
  for (const paragraph of paragraphs) {
    const own: DraftSentence[] = []
    for (const sentence of paragraph.sentences) own.push({text: sentence.text, from: alignment[index++] ?? [], rules: [editorRule]})
    // The paragraph follows the original paragraph of its first aligned sentence.
    const first = own.find((sentence) => sentence.from.length > 0)?.from[0]
    drafted.push({from: originals.find((original) => original.sentences.some((sentence) => sentence.id === first))?.id ?? paragraph.id, sentences: own})
  }

  // Original sentences joined through an editor's sentence that merges them are checked together.
  const cluster = new Map<string, string>(originalSentences.map((sentence) => [sentence.id, sentence.id]))
  const root = (id: string): string => {
    const parent = cluster.get(id) ?? id
    return parent === id ? id : root(parent)
  }
  for (const from of alignment) for (const id of from.slice(1)) cluster.set(root(id), root(from[0] ?? id))
  const groups = new Map<string, {originals: SentenceData[]; said: SentenceData[]}>()
  for (const original of originalSentences) {
    const key = root(original.id)
    groups.set(key, {originals: [...(groups.get(key)?.originals ?? []), original], said: []})
  }
  sentences.forEach((sentence, position) => {
    const first = alignment[position]?.[0]
    if (first !== undefined) groups.get(root(first))?.said.push(sentence)
  })

  for (const {originals: before, said} of groups.values()) {
    const ids = before.map((sentence) => sentence.id).join(', ')
    const [head] = said
    if (!head) {
      if (name === 'plain') warnings.push(`${override.path}: no sentence says again ${ids} (“${before.map((sentence) => sentence.text).join(' ')}”): a plain version keeps every fact`)
      continue
    }
    const problems = faithfulnessProblems(
      sentenceFacts(before.flatMap((sentence) => tokenize(sentence.text))),
      sentenceFacts(said.flatMap((sentence) => tokenize(sentence.text))),
      {level: name, reorders: true, dropsDetail: name === 'easy'}
    )
    for (const problem of problems) warnings.push(`${where(head)}: the wording of ${ids} ${problem}: check it against the original`)
  }

  return {name, source: 'editor', paragraphs: drafted, rejections: [], warnings}
}
