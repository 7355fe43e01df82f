import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {matchTerms} from '../glossary/match-terms.ts'
import {scoreText} from '../readability/score-text.ts'
import {automaticDraft, type SentenceEngine} from '../simplify/automatic-level.ts'
import {buildLevel, type LevelTools} from '../simplify/build-level.ts'
import {editorDraft} from '../simplify/editor-level.ts'
import {expandAbbreviations} from '../simplify/expand-abbreviations.ts'
import {keyNumbers} from '../simplify/key-numbers.ts'
import type {Level, LevelName, Levels} from '../simplify/level.ts'
import type {ParagraphData} from './sentence-model.ts'
import {prepareSentence, simplifyPrepared, type PreparedSentence} from '../simplify/simplify-sentence.ts'
import {whatHappened} from '../simplify/what-happened.ts'

declare module 'vfile' {
  interface DataMap {
    /** The plain and easy versions of the text, set by `simplifyLevels`. */
    levels: Levels
  }
}

/** Options of {@link simplifyLevels}. */
export interface SimplifyLevelsOptions {
  /**
   * The sentence engine; default: `simplifySentence` (`src/simplify/simplify-sentence.ts`) with the
   * article's glossary entries (for abbreviations).
   */
  readonly engine?: SentenceEngine | undefined
}

const scoreTools: LevelTools['score'] = (text, ignoreProperNames) => scoreText(text, {ignoreProperNames})

/** Returns the abbreviations (`CPU`, `CSTO`) written more than once in the text: a definition of one in brackets must stay. */
function repeatedAbbreviations(paragraphs: readonly ParagraphData[]): Set<string> {
  const counts = new Map<string, number>()
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      for (const found of sentence.text.matchAll(/\b[A-Z]{2,6}\b/g)) counts.set(found[0], (counts.get(found[0]) ?? 0) + 1)
    }
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([abbreviation]) => abbreviation))
}

/**
 * Build the plain and easy versions of the text from the sentence model (`file.data.paragraphs`):
 * each original sentence goes through the sentence engine once per level, or an editor's version
 * (`file.data.input.levelOverrides`) is used instead and checked. Every level sentence records the
 * original sentences it came from and the rules applied; rejected rewrites are counted; each
 * version is scored (names removed, WCAG 3.1.5, and with names) against its targets. The easy
 * version also gets its "What happened" opening and its key numbers.
 *
 * Findings are vfile messages (`source: 'plainread-levels'`): `level-target` when a version misses
 * a target, `level-override` for each problem in an editor's version.
 *
 * @returns Transform that sets `file.data.levels`.
 */
export default function simplifyLevels(options: Readonly<SimplifyLevelsOptions> = {}) {
  return function (_tree: Root, file: VFile): undefined {
    const paragraphs = file.data.paragraphs ?? []
    const overrides = file.data.input?.levelOverrides
    const glossary = file.data.input?.glossary ?? []
    const usedAbbreviations = repeatedAbbreviations(paragraphs)
    // Both levels simplify the same sentences: each is read (parsed) once for the two.
    const prepared = new Map<string, PreparedSentence>()
    const readOnce = (text: string): PreparedSentence => {
      let found = prepared.get(text)
      if (found === undefined) {
        found = prepareSentence(text)
        prepared.set(text, found)
      }
      return found
    }
    const engine: SentenceEngine = options.engine ?? ((text, level) => simplifyPrepared(readOnce(text), {level, glossary, usedAbbreviations}))
    // Level sentences carry the glossary terms they hold, as original sentences do.
    const tools: LevelTools = {score: scoreTools, terms: glossary.length > 0 ? (text) => matchTerms(text, glossary) : undefined}

    const level = (name: LevelName): Level => {
      const override = overrides?.[name]
      const draft = override
        ? editorDraft(override, paragraphs, name)
        : glossary.length > 0
          ? expandAbbreviations(automaticDraft(paragraphs, name, engine), glossary, (text) => matchTerms(text, glossary))
          : automaticDraft(paragraphs, name, engine)
      const built = buildLevel(draft, tools)
      for (const warning of built.warnings) {
        const message = file.message(`Unexpected wording in the editor’s ${name} version: ${warning}`, {
          source: 'plainread-levels',
          ruleId: 'level-override'
        })
        message.fatal = false
      }
      for (const target of built.targets) {
        if (target.met) continue
        file.info(`The ${name} version misses a target: ${target.label}; it has ${target.actual ?? 'no words'}`, {
          source: 'plainread-levels',
          ruleId: 'level-target'
        })
      }
      return built
    }

    const plain = level('plain')
    const easy = level('easy')
    file.data.levels = {
      plain,
      easy: {...easy, whatHappened: whatHappened(easy), keyNumbers: keyNumbers(paragraphs, easy)}
    }
  }
}

/**
 * The levels `simplifyLevels` stored on a processed file.
 *
 * Returns them; throws when the stage did not run (a processor built without it).
 */
export function levelsOf(file: VFile): Levels {
  if (!file.data.levels) throw new Error('The simplify stage did not run: `file.data.levels` is missing')
  return file.data.levels
}
