import type {Token, Tokens} from './sentence-tokens.ts'

/** The two simplified levels. */
export type SimplifyLevel = 'plain' | 'easy'

/** One possible rewrite of a sentence by a rule. */
export interface Candidate {
  /** The sentence after the rewrite: one sentence, or several when the rule splits it. */
  readonly sentences: Token[][]
  /** Why, in words a reader can follow: `Used the common word “about” for “approximately”.` */
  readonly reason: string
  /** What the rule matched, so a rejected rewrite is not tried again. */
  readonly key: string
  /** Capitalised words the rewrite may drop because they are no name (a run-in heading such as `History`). */
  readonly drops?: readonly string[]
}

/** What a rule knows besides the sentence. */
export interface RuleContext {
  readonly level: SimplifyLevel
  /** Capitalised words known to be names in this text. */
  readonly names: ReadonlySet<string>
  /** Plain words `retext-simplify` suggests for words of this text (lower case → plain word). */
  readonly suggestions: ReadonlyMap<string, string>
  /** Abbreviations the rest of the text uses (their definition in brackets must stay). */
  readonly usedAbbreviations?: ReadonlySet<string> | undefined
}

/** A small named rewrite rule. */
export interface Rule {
  /** Stable id such as `plain-word`, shown with each rewrite. */
  readonly name: string
  /** Levels the rule runs at. */
  readonly levels: readonly SimplifyLevel[]
  /** The rule moves parts of the sentence (names and numbers may change order). */
  readonly reorders?: boolean
  /** The rule leaves detail out (only allowed to lose facts at `easy`). */
  readonly dropsDetail?: boolean
  /**
   * What a sentence must hold before the rule can match: groups of lower-case words or marks, at
   * least one of each group (`[['as'], ['part']]`). A sentence without them is not offered to the
   * rule, so rules that cannot apply cost nothing. Only for values the rule surely needs.
   */
  readonly triggers?: ReadonlyArray<readonly string[]>
  /** Returns the rewrites the rule proposes for one sentence, best first (empty when it does not apply). */
  readonly candidates: (tokens: Tokens, context: RuleContext) => Candidate[]
}
