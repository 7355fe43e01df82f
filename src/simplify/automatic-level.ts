import type {ParagraphData} from '../pipeline/sentence-model.ts'
import type {LevelDraft} from './build-level.ts'
import type {LevelName, LevelRejection, LevelRule} from './level.ts'

/** What the sentence engine returns for one sentence (`simplifySentence`). */
export interface EngineResult {
  /** The rewritten sentence, or its parts after a split; the original alone when nothing was safe to change. */
  readonly sentences: readonly string[]
  readonly applied: readonly LevelRule[]
  readonly rejected: readonly LevelRule[]
}

/** The sentence engine: rewrites one original sentence for a level. */
export type SentenceEngine = (text: string, level: LevelName) => EngineResult

/**
 * Draft a version automatically: every original sentence goes through the engine once;
 * each sentence it returns is aligned to that original sentence and carries the rules applied.
 * An engine that returns nothing for a sentence is not trusted: the original is kept.
 *
 * Returns the draft (ids, scores and targets come from `buildLevel`).
 */
export function automaticDraft(paragraphs: readonly ParagraphData[], name: LevelName, engine: SentenceEngine): LevelDraft {
  const rejections: LevelRejection[] = []
  const drafted = paragraphs.map((paragraph) => ({
    from: paragraph.id,
    sentences: paragraph.sentences.flatMap((sentence) => {
      const result = engine(sentence.text, name)
      for (const rejected of result.rejected) rejections.push({sentenceId: sentence.id, rule: rejected.rule, reason: rejected.reason})
      const parts = result.sentences.map((part) => part.trim()).filter((part) => part !== '')
      if (parts.length === 0) return [{text: sentence.text, from: [sentence.id], rules: []}]
      const changed = parts.length !== 1 || parts[0] !== sentence.text
      return parts.map((text) => ({text, from: [sentence.id], rules: changed ? [...result.applied] : []}))
    })
  }))
  return {name, source: 'automatic', paragraphs: drafted, rejections, warnings: []}
}
