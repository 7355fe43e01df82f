import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {faithfulnessProblems} from './faithfulness-guard.ts'
import {retextSimplifyWords} from './plain-words.ts'
import type {Candidate, Rule, RuleContext, SimplifyLevel} from './rule.ts'
import {meetsTriggers} from './rule-triggers.ts'
import {concreteNumber} from './rules/concrete-number.ts'
import {cutFiller} from './rules/cut-filler.ts'
import {cutLinkingOpener} from './rules/cut-linking-opener.ts'
import {dropAside} from './rules/drop-aside.ts'
import {dropDetail} from './rules/drop-detail.ts'
import {dropInsertedPhrase} from './rules/drop-inserted-phrase.ts'
import {dropFramePhrase} from './rules/drop-frame-phrase.ts'
import {dropTimeClause} from './rules/drop-time-clause.ts'
import {dropTrailingParticiple} from './rules/drop-trailing-participle.ts'
import {easyPeriphrasis} from './rules/easy-periphrasis.ts'
import {easyMadeLonger} from './rules/easy-made-longer.ts'
import {shortenAttribution} from './rules/shorten-attribution.ts'
import {splitAccordingTo} from './rules/split-according-to.ts'
import {splitReportedClauses} from './rules/split-reported-clauses.ts'
import {splitReportNoun} from './rules/split-report-noun.ts'
import {splitCalledName} from './rules/split-called-name.ts'
import {splitEventRelative} from './rules/split-event-relative.ts'
import {splitHasAnd} from './rules/split-has-and.ts'
import {splitInProtest} from './rules/split-in-protest.ts'
import {splitIncludingSubject} from './rules/split-including-subject.ts'
import {splitReportedParticiple} from './rules/split-reported-participle.ts'
import {dropIntroComma} from './rules/drop-intro-comma.ts'
import {bracketsToCommas} from './rules/brackets-to-commas.ts'
import {dropAbbreviationAlias} from './rules/drop-abbreviation-alias.ts'
import {dropParenthetical} from './rules/drop-parenthetical.ts'
import {splitLifespan} from './rules/split-lifespan.ts'
import {dropRunInHeading} from './rules/drop-run-in-heading.ts'
import {moveAttribution} from './rules/move-attribution.ts'
import {plainWordRule} from './rules/plain-word.ts'
import {easyWordRule} from './rules/easy-word.ts'
import {commonPhrase} from './rules/common-phrase.ts'
import {splitClauseList} from './rules/split-clause-list.ts'
import {simplePast} from './rules/simple-past.ts'
import {splitAppositive} from './rules/split-appositive.ts'
import {splitTrailingAppositive} from './rules/split-trailing-appositive.ts'
import {splitSummaryAppositive} from './rules/split-summary-appositive.ts'
import {splitCommaClause} from './rules/split-comma-clause.ts'
import {splitContrast} from './rules/split-contrast.ts'
import {splitDespite} from './rules/split-despite.ts'
import {splitAfter} from './rules/split-after.ts'
import {splitAsPartOf} from './rules/split-as-part-of.ts'
import {splitCoordination} from './rules/split-coordination.ts'
import {splitParticiple} from './rules/split-participle.ts'
import {splitVerbPhrases} from './rules/split-verb-phrases.ts'
import {splitWhereWith} from './rules/split-where-with.ts'
import {splitPastParticiple} from './rules/split-past-participle.ts'
import {splitRelativeClause} from './rules/split-relative-clause.ts'
import {splitPrepositionWhich} from './rules/split-preposition-which.ts'
import {wordyPhrase} from './rules/wordy-phrase.ts'
import {midSentenceNames, sentenceFacts, type SentenceFacts} from './sentence-facts.ts'
import {render, sentenceTokens, wordCount, type Token, type Tokens} from './sentence-tokens.ts'

/** A glossary entry the simplifier may use to expand an abbreviation. */
export interface GlossaryHint {
  readonly term: string
  readonly expansion?: string | null | undefined
}

/** Options of `simplifySentence`. */
export interface SimplifyOptions {
  /** `plain` keeps every fact; `easy` also leaves detail out (never alters it). */
  readonly level: SimplifyLevel
  /** Glossary entries of the article (reserved for abbreviation expansion). */
  readonly glossary?: readonly GlossaryHint[] | undefined
  /** Abbreviations the rest of the text uses: where one is defined in brackets (`… unit (CPU)`), the brackets stay. */
  readonly usedAbbreviations?: ReadonlySet<string> | undefined
}

/** One rewrite, applied or rejected, with the reason a reader sees. */
export interface RewriteNote {
  /** The rule's id, such as `split-coordination`. */
  readonly rule: string
  /** What it did, or, when rejected, what it would have done and why the guard refused. */
  readonly reason: string
}

/** What `simplifySentence` returns. */
export interface SimplifyResult {
  /** The simplified sentences, in order (one, or several when split). */
  readonly sentences: string[]
  /** Rewrites applied, in order. */
  readonly applied: RewriteNote[]
  /** Rewrites the faithfulness guard rejected (the text before them was kept). */
  readonly rejected: RewriteNote[]
}

/** The rules, in the order they run. */
const rules: readonly Rule[] = [
  dropRunInHeading,
  moveAttribution,
  splitAccordingTo,
  shortenAttribution,
  dropInsertedPhrase,
  dropTimeClause,
  splitReportNoun,
  splitLifespan,
  dropAbbreviationAlias,
  dropParenthetical,
  dropAside,
  cutLinkingOpener,
  splitClauseList,
  splitAppositive,
  splitTrailingAppositive,
  splitSummaryAppositive,
  splitRelativeClause,
  splitPrepositionWhich,
  splitCoordination,
  splitContrast,
  splitDespite,
  splitParticiple,
  splitPastParticiple,
  dropTrailingParticiple,
  splitCommaClause,
  splitVerbPhrases,
  splitWhereWith,
  splitAfter,
  splitAsPartOf,
  splitInProtest,
  splitReportedClauses,
  splitCalledName,
  splitIncludingSubject,
  splitReportedParticiple,
  splitEventRelative,
  splitHasAnd,
  // Again at easy, once `including X, where …` has become `These include X, where …`.
  {...splitWhereWith, levels: ['easy']},
  // Again at easy, for what the second `where` split leaves: `There, some protesters arrived … and started …`.
  {...splitVerbPhrases, levels: ['easy']},
  dropFramePhrase,
  dropIntroComma,
  wordyPhrase,
  plainWordRule,
  easyWordRule,
  easyPeriphrasis,
  easyMadeLonger,
  commonPhrase,
  cutFiller,
  simplePast,
  concreteNumber,
  dropDetail,
  // Again, once the detail after an attribution is gone: `…, officials said, as rescue teams searched …`.
  shortenAttribution,
  // Last: brackets that no rule dropped or split become commas.
  bracketsToCommas
]



const parser = new ParseEnglish()

/** How many rewrites one rule may make in one sentence (a guard against loops). */
const maxRewritesPerRule = 12

/** How many rewrites one call may make in all (a guard against loops). */
const maxRewrites = 80

/**
 * Simplify one sentence of an article (or one line of text) with small,
 * named, explainable rules. After every rewrite a faithfulness guard compares
 * numbers, names, negations, quotations and the order of names and numbers;
 * a rewrite that loses, adds or changes any is rejected, and the text before
 * it is kept. Deterministic and pure.
 *
 * Returns the simplified sentences with the rewrites applied and rejected.
 */
export function simplifySentence(text: string, options: Readonly<SimplifyOptions>): SimplifyResult {
  return simplifyPrepared(prepareSentence(text), options)
}

/** A text read once for the engine: its sentences as tokens, its names and its plain-word suggestions. */
export interface PreparedSentence {
  readonly text: string
  readonly sentences: readonly Token[][]
  readonly names: ReadonlySet<string>
  readonly suggestions: ReadonlyMap<string, string>
}

/**
 * Read a text for the engine (parse, names, suggestions): what both levels share, so a caller
 * simplifying one sentence at two levels reads it once.
 *
 * Returns the prepared sentence.
 */
export function prepareSentence(text: string): PreparedSentence {
  const tree: Root = parser.parse(text)
  const sentences = treeSentences(tree)
  return {text, sentences, names: midSentenceNames(sentences), suggestions: sentences.length === 0 ? new Map() : retextSimplifyWords(tree)}
}

/**
 * `simplifySentence` for a text read by `prepareSentence` (the prepared value is not changed).
 *
 * Returns the simplified sentences with the rewrites applied and rejected.
 */
export function simplifyPrepared(prepared: PreparedSentence, options: Readonly<SimplifyOptions>): SimplifyResult {
  const applied: RewriteNote[] = []
  const rejected: RewriteNote[] = []
  const text = prepared.text
  let sentences: Token[][] = [...prepared.sentences]
  if (sentences.length === 0) return {sentences: text.trim() === '' ? [] : [text.trim()], applied, rejected}

  const names = new Set(prepared.names)
  const context: RuleContext = {level: options.level, names, suggestions: prepared.suggestions, usedAbbreviations: options.usedAbbreviations}
  const run: RuleRun = {level: options.level, names, context, applied, rejected, factsOf: new Map()}
  for (const rule of rules) {
    if (rule.levels.includes(options.level)) sentences = applyRule(rule, sentences, run)
  }
  return {sentences: sentences.map((sentence) => render(sentence)), applied, rejected}
}

/** What one call of `simplifySentence` keeps while its rules run. */
interface RuleRun {
  readonly level: SimplifyLevel
  /** Capitalised words known to be names in the text. */
  readonly names: ReadonlySet<string>
  readonly context: RuleContext
  readonly applied: RewriteNote[]
  readonly rejected: RewriteNote[]
  /** The facts of each sentence as it stands, worked out once: every rule checks its rewrites against them. */
  readonly factsOf: Map<Tokens, SentenceFacts>
}

/** Returns the sentences of a parsed text as token lists. */
function treeSentences(tree: Root): Token[][] {
  const sentences: Token[][] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const node of paragraph.children) if (node.type === 'SentenceNode') sentences.push(sentenceTokens(node))
  }
  return sentences
}

/**
 * Run one rule over every sentence: apply its first faithful rewrite, then ask it again about
 * the new sentence, within the limits; note what it applied and what the guard refused.
 *
 * Returns the sentences after the rule.
 */
function applyRule(rule: Rule, input: Token[][], run: RuleRun): Token[][] {
  let sentences = input
  const refused = new Set<string>()
  for (let index = 0; index < sentences.length; index++) {
    let rewrites = 0
    let changed = true
    while (changed && rewrites < maxRewritesPerRule && run.applied.length < maxRewrites) {
      changed = false
      const current = sentences[index]
      if (current === undefined) break
      if (rule.triggers !== undefined && !meetsTriggers(current, rule.triggers)) break
      for (const candidate of rule.candidates(current, run.context)) {
        if (refused.has(candidate.key)) continue
        const after = candidate.sentences
        const problems = rewriteProblems(rule, candidate, current, run)
        if (problems.length > 0) {
          refused.add(candidate.key)
          run.rejected.push({rule: rule.name, reason: `${candidate.reason} Kept the original: the rewrite ${problems.join('; ')}.`})
          continue
        }
        sentences = [...sentences.slice(0, index), ...after, ...sentences.slice(index + 1)]
        run.applied.push({rule: rule.name, reason: candidate.reason})
        rewrites++
        changed = true
        break
      }
    }
  }
  return sentences
}

/**
 * Check one rewrite of `current` with the faithfulness guard.
 *
 * Returns the problems found (empty when the rewrite is faithful).
 */
function rewriteProblems(rule: Rule, candidate: Candidate, current: Tokens, run: RuleRun): string[] {
  const after = candidate.sentences
  const problems = faithfulnessProblems(factsBefore(current, run), sentenceFacts(after, midSentenceNames(after, new Set(run.names))), {
    level: run.level,
    reorders: rule.reorders,
    dropsDetail: rule.dropsDetail,
    droppedWords: candidate.drops ? new Set(candidate.drops) : undefined
  })
  if (after.some((sentence) => wordCount(sentence) === 0)) problems.push('leaves an empty sentence')
  return problems
}

/** Returns the facts of a sentence as it stands, worked out once per call. */
function factsBefore(tokens: Tokens, run: RuleRun): SentenceFacts {
  let facts = run.factsOf.get(tokens)
  if (facts === undefined) {
    facts = sentenceFacts([tokens], run.names)
    run.factsOf.set(tokens, facts)
  }
  return facts
}
