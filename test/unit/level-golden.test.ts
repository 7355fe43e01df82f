import {describe, expect, it} from 'vitest'
import {reportOf} from '../../src/app.tsx'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import type {EasyLevel, Level} from '../../src/simplify/level.ts'
import {contentDir} from '../helpers/serve-app.ts'

// Golden texts of the seed article's plain and easy versions, for a person to read and review.
// Regenerate with `npx vitest run --config test/vitest.config.ts test/unit/level-golden.test.ts -u`.

const seed = 'kazakhstan-russian-alliance-troops'

/** A version as a reader meets it: (easy) the opening and key numbers, then the text, paragraph by paragraph. */
function readable(level: Level | EasyLevel): string {
  const lines: string[] = []
  if ('whatHappened' in level) {
    lines.push('What happened', '', level.whatHappened.text, '', 'Key numbers', '')
    for (const item of level.keyNumbers) lines.push(`- ${item.sentence}  [${item.text}; ${item.sentenceId}]`)
    lines.push('', 'The story', '')
  }
  for (const paragraph of level.paragraphs) {
    for (const sentence of paragraph.sentences) lines.push(`${sentence.text}  [${sentence.id} ← ${sentence.from.join(', ')}]`)
    lines.push('')
  }
  const targets = level.targets.map((target) => `${target.met ? 'met' : 'MISSED'}: ${target.label} (${target.actual ?? 'none'})`)
  return [...lines, ...targets, ''].join('\n')
}

describe('golden texts of the seed article', () => {
  it.each(['plain', 'easy'] as const)('the %s version', async (name) => {
    const content = loadContent(await readContentDir(contentDir))
    const article = content.articles.find((candidate) => candidate.slug === seed)
    if (!article) throw new Error('seed article missing')
    const level = reportOf(article).levels[name]
    await expect(readable(level)).toMatchFileSnapshot(`../golden/${seed}.${name}.txt`)
  })
})
