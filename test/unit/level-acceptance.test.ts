import {describe, expect, it} from 'vitest'
import {reportOf} from '../../src/app.tsx'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {sentenceFacts} from '../../src/simplify/sentence-facts.ts'
import {tokenize} from '../../src/simplify/sentence-tokens.ts'
import {contentDir} from '../helpers/serve-app.ts'

// Acceptance of the plain-language issue for the seed article (its third line): facts kept.
// The grade and sentence-length targets are reported per level (`targets`, tested in levels.test.ts);
// the seed's figures are in the golden texts (test/golden/).

const seed = 'kazakhstan-russian-alliance-troops'

async function seedReport() {
  const content = loadContent(await readContentDir(contentDir))
  const article = content.articles.find((candidate) => candidate.slug === seed)
  if (!article) throw new Error('seed article missing')
  return reportOf(article)
}

/** Facts (numbers as values, names) of a text, as the faithfulness guard reads them. */
function facts(text: string) {
  return sentenceFacts(tokenize(text))
}

/** The text with each glossary abbreviation's spelled-out form removed (it names what the abbreviation names). */
function withoutExpansions(text: string, glossary: readonly {expansion: string | null}[]): string {
  let result = text
  for (const entry of glossary) if (entry.expansion) result = result.replaceAll(` (${entry.expansion})`, '')
  return result
}

describe('the seed article’s levels keep its facts', () => {
  it('plain: every name and number of each original sentence is in its plain sentences, and none is added', async () => {
    const report = await seedReport()
    for (const original of report.paragraphs.flatMap((paragraph) => paragraph.sentences)) {
      const plain = withoutExpansions(
        report.levels.plain.sentences.filter((sentence) => sentence.from.includes(original.id)).map((sentence) => sentence.text).join(' '),
        report.glossary
      )
      const before = facts(original.text)
      const after = facts(plain)
      expect([...after.numbers].sort(), `${original.id}: numbers`).toEqual([...before.numbers].sort())
      for (const name of new Set(before.names)) expect(plain, `${original.id}: name ${name}`).toContain(name)
      for (const name of new Set(after.names)) expect(original.text, `${original.id}: added name ${name}`).toContain(name)
    }
  })

  it('easy: adds no name or number the original lacks', async () => {
    const report = await seedReport()
    const original = report.paragraphs.flatMap((paragraph) => paragraph.sentences).map((sentence) => sentence.text).join(' ')
    const known = facts(original)
    for (const sentence of report.levels.easy.sentences) {
      const own = facts(withoutExpansions(sentence.text, report.glossary))
      for (const number of own.numbers) expect(known.numbers, `${sentence.id}: number ${number}`).toContain(number)
      for (const name of own.names) expect(original, `${sentence.id}: name ${name}`).toContain(name)
    }
  })
})
