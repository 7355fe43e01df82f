import {scoreText} from '../readability/score-text.ts'

/** The hardest a definition may read: US school grade 8 (WCAG 3.1.5, lower secondary education). */
export const maxDefinitionGrade = 8

/**
 * Score a definition (or example) with `scoreText`, proper names removed (WCAG 3.1.5).
 *
 * Returns its consensus grade, or `null` when it has no words to score.
 */
export function definitionGrade(text: string): number | null {
  return scoreText(text, {ignoreProperNames: true}).scores.consensusGrade
}
