import {describe, expect, it} from 'vitest'
import {reportOf} from '../../src/app.tsx'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {analyze} from '../../src/report/analyze.ts'
import {countWords} from '../../src/simplify/build-level.ts'
import {numberPhrases} from '../../src/simplify/number-phrases.ts'
import {contentDir} from '../helpers/serve-app.ts'

const strike = `LONDON – Workers at the country's biggest carmaker walked out on Monday across three factories in the north, after talks about pay broke down late on Sunday night, with union leaders saying that about 2,000 workers had joined the strike and up to 300 more were expected to join them.

The company said it would keep its shops open. Officials reported that about 2,000 workers were on strike and up to 300 were waiting to join. The strike will last one week, the union said.
`

const flood = `Floodwater swept through the old river town of Elmbridge on Tuesday morning and cut off the main road to the city. This came after the dam above the town burst in the night and the river rose very quickly. Officials reported that at least 12 people had died.

The mayor said the town would need months to recover. Schools will stay closed.
`

describe('key numbers (easy)', () => {
  it('gives one line per distinct number, each the shortest easy sentence holding it, no sentence twice', () => {
    const {keyNumbers, sentences} = analyze({slug: 'strike', title: 'Strike', lang: 'en', markdown: strike}).levels.easy
    expect(keyNumbers.map((item) => item.text)).toEqual(['three', 'about 2,000', 'up to 300', 'one week'])
    expect(new Set(keyNumbers.map((item) => item.sentence)).size).toBe(keyNumbers.length)
    for (const item of keyNumbers) {
      // The number exactly as written, in an easy sentence of the text.
      expect(item.sentence.slice(item.start, item.end)).toBe(item.text)
      expect(sentences.find((sentence) => sentence.id === item.levelSentenceId)?.text).toBe(item.sentence)
      const holding = sentences.filter((sentence) => sentence.from.includes(item.sentenceId) && numberPhrases(sentence.text).some((phrase) => phrase.text === item.text))
      expect(countWords(item.sentence)).toBe(Math.min(...holding.map((sentence) => countWords(sentence.text))))
    }
    expect(keyNumbers.find((item) => item.text === 'up to 300')?.sentence).toBe('Union leaders said that up to 300 more were expected to join them.')
  })

  it('lists nothing for a text without numbers', () => {
    expect(analyze({slug: 'calm', title: 'Calm', lang: 'en', markdown: 'The town was quiet. Nobody came.\n'}).levels.easy.keyNumbers).toEqual([])
  })
})

describe('what happened (easy)', () => {
  it('takes the opening sentence and the lead’s number fact, in reading order, 2–3 sentences at most 45 words', () => {
    const {whatHappened, sentences} = analyze({slug: 'flood', title: 'Flood', lang: 'en', markdown: flood}).levels.easy
    expect(whatHappened.text).toBe('Floodwater swept through the old river town of Elmbridge on Tuesday morning. Officials said that at least 12 people had died.')
    expect(whatHappened.sentenceIds).toEqual([sentences[0]?.id, sentences.find((sentence) => sentence.text.includes('at least 12'))?.id])
  })

  it('keeps a sentence that leans on the one before only right after it', () => {
    const {whatHappened} = analyze({slug: 'flood', title: 'Flood', lang: 'en', markdown: flood}).levels.easy
    expect(whatHappened.text).not.toContain('This came after')
    expect(countWords(whatHappened.text)).toBeLessThanOrEqual(45)
  })

  it('opens without the dateline and holds the lead’s numbers when the first sentence has one', () => {
    const {whatHappened} = analyze({slug: 'strike', title: 'Strike', lang: 'en', markdown: strike}).levels.easy
    expect(whatHappened.text).toMatch(/^Workers at the country's biggest carmaker walked out on Monday/)
    expect(whatHappened.text).toContain('three factories')
  })
})

describe('numbers at easy', () => {
  it('are left out or kept exactly, never added or changed: each easy number is in the original sentence it comes from', async () => {
    const article = loadContent(await readContentDir(contentDir)).articles.find((candidate) => candidate.slug === 'kazakhstan-russian-alliance-troops')
    if (!article) throw new Error('seed article missing')
    const report = reportOf(article)
    const originals = new Map(report.paragraphs.flatMap((paragraph) => paragraph.sentences).map((sentence) => [sentence.id, sentence.text]))
    const values = (text: string): (number | string)[] => numberPhrases(text).map((phrase) => phrase.value ?? phrase.core)
    for (const sentence of report.levels.easy.sentences) {
      const source = sentence.from.flatMap((id) => values(originals.get(id) ?? ''))
      for (const value of values(sentence.text)) expect(source).toContain(value)
    }
  })
})
