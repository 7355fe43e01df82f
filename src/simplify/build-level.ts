import type {TextScores} from '../readability/score-text.ts'
import type {Level, LevelName, LevelParagraph, LevelRejection, LevelRule, LevelSentence, LevelTarget, LevelTerm} from './level.ts'

/** A sentence of a version before it gets its id. */
export interface DraftSentence {
  readonly text: string
  readonly from: readonly string[]
  readonly rules: readonly LevelRule[]
}

/** A paragraph of a version before ids: the original paragraph it follows and its sentences. */
export interface DraftParagraph {
  readonly from: string
  readonly sentences: readonly DraftSentence[]
}

/** A version before ids, scores and targets: what the engine or the editor wrote. */
export interface LevelDraft {
  readonly name: LevelName
  readonly source: 'automatic' | 'editor'
  readonly paragraphs: readonly DraftParagraph[]
  readonly rejections: readonly LevelRejection[]
  readonly warnings: readonly string[]
}

/** How a version is measured and annotated (the readability and glossary stages). */
export interface LevelTools {
  /** Scores of a text: with proper names removed (`ignoreProperNames`) or as it is. */
  readonly score: (text: string, ignoreProperNames: boolean) => TextScores
  /** Glossary terms in a sentence, when the article has a glossary. */
  readonly terms?: ((text: string) => readonly LevelTerm[]) | undefined
}

/** The targets of each level: plain and easy language as the plain-language issue defines them. */
export const levelTargets: Readonly<Record<LevelName, {grade: number; averageWords: number; longestWords: number | null}>> = {
  plain: {grade: 8, averageWords: 15, longestWords: null},
  easy: {grade: 5, averageWords: 15, longestWords: 15}
}

const word = /[\p{L}\p{N}]/u

/** Words in a sentence: whitespace-separated tokens holding a letter or a digit. */
export function countWords(text: string): number {
  let count = 0
  for (const token of text.split(/\s+/)) if (word.test(token)) count++
  return count
}

/** Round to one decimal, keeping `null`. */
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10
}

/**
 * Give a drafted version its sentence ids (`plain-1`, …), paragraph ids (`plain-p1`, …),
 * glossary terms, scores (with names removed and with names) and targets.
 *
 * Returns the level as the report carries it; a missed target is marked `met: false`.
 */
export function buildLevel(draft: LevelDraft, tools: LevelTools): Level {
  const sentences: LevelSentence[] = []
  const paragraphs: LevelParagraph[] = []
  for (const paragraph of draft.paragraphs) {
    const own: LevelSentence[] = []
    for (const sentence of paragraph.sentences) {
      const text = sentence.text.trim()
      if (text === '') continue
      const terms = tools.terms?.(text)
      const built: LevelSentence = {
        id: `${draft.name}-${sentences.length + 1}`,
        text,
        from: [...sentence.from],
        rules: [...sentence.rules],
        ...(terms && terms.length > 0 ? {terms: [...terms]} : {})
      }
      sentences.push(built)
      own.push(built)
    }
    if (own.length > 0) paragraphs.push({id: `${draft.name}-p${paragraphs.length + 1}`, from: paragraph.from, sentences: own})
  }

  const text = paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join(' ')).join('\n\n')
  const longestSentenceWords = Math.max(0, ...sentences.map((sentence) => countWords(sentence.text)))
  const {scores} = tools.score(text, true)
  const {scores: scoresWithNames, counts} = tools.score(text, false)
  const averageSentenceWords = round(counts.sentences === 0 ? null : counts.words / counts.sentences)
  const grade = scores.fleschKincaidGrade

  const target = levelTargets[draft.name]
  const targets: LevelTarget[] = [
    {
      id: 'grade',
      label: `Flesch–Kincaid grade at most ${target.grade}, with names removed`,
      limit: target.grade,
      actual: round(grade),
      met: grade !== null && grade <= target.grade
    },
    {
      id: 'average-words',
      label: `At most ${target.averageWords} words a sentence on average`,
      limit: target.averageWords,
      actual: averageSentenceWords,
      met: averageSentenceWords !== null && averageSentenceWords <= target.averageWords
    }
  ]
  if (target.longestWords !== null) {
    targets.push({
      id: 'longest-words',
      label: `No sentence longer than ${target.longestWords} words`,
      limit: target.longestWords,
      actual: longestSentenceWords,
      met: longestSentenceWords <= target.longestWords
    })
  }

  return {
    name: draft.name,
    source: draft.source,
    text,
    scores,
    scoresWithNames,
    averageSentenceWords,
    longestSentenceWords,
    targets,
    paragraphs,
    sentences,
    rejections: [...draft.rejections],
    warnings: [...draft.warnings]
  }
}
