import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {LevelOverride} from '../content/load-level-overrides.ts'
import sentenceModel, {type ParagraphData, type SentenceData} from '../pipeline/sentence-model.ts'
import type {DraftParagraph, DraftSentence, LevelDraft} from './build-level.ts'
import type {LevelName, LevelRule} from './level.ts'
import {numberPhrases, type NumberPhrase} from './number-phrases.ts'

/** Splits an editor's version into paragraphs and sentences exactly as articles are split. */
const splitter = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(sentenceModel).freeze()

/** The rule every sentence of an editor's version carries. */
const editorRule: LevelRule = {rule: 'editor', reason: 'An editor rewrote this by hand.'}

const token = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu
const negation = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n[’']t\b/i
const quoted = /[“"]([^”"]+)[”"]/g
const capitalised = /(?<=\s)\p{Lu}[\p{L}’'-]+/gu

/** Lowercased word tokens of a text. */
function tokens(text: string): string[] {
  return (text.toLowerCase().match(token) ?? []).map((word) => word.replace(/['’]s$/, ''))
}

/** Whether `phrase` gives a number among `candidates` (same value, or the same vague amount). */
function hasNumber(candidates: readonly NumberPhrase[], phrase: NumberPhrase): boolean {
  return candidates.some((candidate) =>
    candidate.value === null || phrase.value === null ? candidate.core === phrase.core : candidate.value === phrase.value
  )
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
 * align each sentence to the originals it says again, and check it with the faithfulness checks —
 * a number, name or quotation the originals lack, a negation lost, and (for `plain`, which keeps
 * every fact) a number or a whole sentence of the original left out. Problems are warnings:
 * the editor's text is still used, as written.
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
  const articleText = originalSentences.map((sentence) => sentence.text).join(' ')
  const warnings: string[] = []
  const where = (sentence: SentenceData) => `${override.path}:${sentence.line + override.startLine - 1}`

  const drafted: DraftParagraph[] = []
  let index = 0
  for (const paragraph of paragraphs) {
    const own: DraftSentence[] = []
    for (const sentence of paragraph.sentences) {
      const from = alignment[index++] ?? []
      own.push({text: sentence.text, from, rules: [editorRule]})
      const sources = from.map((id) => byId.get(id)?.text ?? '')
      const sourceNumbers = sources.flatMap((text) => numberPhrases(text))
      for (const phrase of numberPhrases(sentence.text)) {
        if (!hasNumber(sourceNumbers, phrase)) {
          warnings.push(`${where(sentence)}: “${phrase.text}” is not in the original sentence${from.length === 1 ? '' : 's'} ${from.join(', ') || '(none matched)'}: check the number`)
        }
      }
      for (const match of sentence.text.matchAll(capitalised)) {
        const word = match[0].replace(/['’]s$/, '')
        if (!articleText.includes(word)) warnings.push(`${where(sentence)}: the name “${word}” is not in the original: check it`)
      }
      for (const quote of sentence.text.matchAll(quoted)) {
        if (!sources.some((text) => text.includes(quote[1] ?? ''))) {
          warnings.push(`${where(sentence)}: the quotation “${quote[1] ?? ''}” is not word for word in the original: quote exactly or drop the quotation marks`)
        }
      }
    }
    drafted.push({from: paragraph.id, sentences: own})
  }

  for (const original of originalSentences) {
    const said = sentences.filter((_, position) => alignment[position]?.includes(original.id)).map((sentence) => sentence.text)
    if (said.length === 0) {
      if (name === 'plain') warnings.push(`${override.path}: no sentence says again ${original.id} (“${original.text}”): a plain version keeps every fact`)
      continue
    }
    if (negation.test(original.text) && !said.some((text) => negation.test(text))) {
      warnings.push(`${override.path}: ${original.id} says “not” or “no”, and its new wording does not: check the meaning`)
    }
    if (name === 'plain') {
      const kept = said.flatMap((text) => numberPhrases(text))
      for (const phrase of numberPhrases(original.text)) {
        if (!hasNumber(kept, phrase)) warnings.push(`${override.path}: “${phrase.text}” from ${original.id} is missing: a plain version keeps every number`)
      }
    }
  }

  return {name, source: 'editor', paragraphs: drafted, rejections: [], warnings}
}
