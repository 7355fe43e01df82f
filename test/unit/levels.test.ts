import {describe, expect, it} from 'vitest'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {reportOf} from '../../src/app.tsx'
import {analyze} from '../../src/report/analyze.ts'
import {levelChoice} from '../../src/http/level-query.ts'
import {numberPhrases} from '../../src/simplify/number-phrases.ts'
import {contentDir} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'

async function seedReport() {
  const content = loadContent(await readContentDir(contentDir))
  const article = content.articles.find((candidate) => candidate.slug === seed)
  if (!article) throw new Error('seed article missing')
  return reportOf(article)
}

describe('number phrases', () => {
  it('finds digits, number words and vague amounts with their qualifiers, and values them', () => {
    const found = numberPhrases('About a thousand people were injured, up to 400 were hospitalized, at least eight died and dozens of shops burned; 3.5% and forty-two.')
    expect(found.map((phrase) => [phrase.text, phrase.value])).toEqual([
      ['About a thousand', 1000],
      ['up to 400', 400],
      ['at least eight', 8],
      ['dozens', null],
      ['3.5%', 3.5],
      ['forty-two', 42]
    ])
  })

  it('leaves out “one of” (a choice, not a count)', () => {
    expect(numberPhrases('It is one of the most successful states.')).toEqual([])
  })
})

describe('level query', () => {
  it('defaults to plain, reads original/plain/easy and view=compare, refuses anything else', () => {
    expect(levelChoice(undefined, undefined)).toEqual({level: 'plain', compare: false})
    expect(levelChoice('Easy', undefined)).toEqual({level: 'easy', compare: false})
    expect(levelChoice('original', undefined)).toEqual({level: 'original', compare: false})
    expect(levelChoice('plain', 'compare')).toEqual({level: 'plain', compare: true})
    expect(levelChoice('hard', undefined)).toBeUndefined()
    expect(levelChoice('plain', 'grid')).toBeUndefined()
    expect(levelChoice('<script>', undefined)).toBeUndefined()
  })
})

describe('levels of the seed article', () => {
  it('aligns every level sentence to original sentences, with ids plain-1…, easy-1…', async () => {
    const report = await seedReport()
    const originals = report.paragraphs.flatMap((paragraph) => paragraph.sentences)
    const ids = new Set(originals.map((sentence) => sentence.id))
    for (const name of ['plain', 'easy'] as const) {
      const level = report.levels[name]
      expect(level.source).toBe('automatic')
      expect(level.sentences.map((sentence) => sentence.id)).toEqual(level.sentences.map((_, index) => `${name}-${index + 1}`))
      expect(level.paragraphs.flatMap((paragraph) => paragraph.sentences)).toEqual(level.sentences)
      for (const sentence of level.sentences) {
        expect(sentence.from.length).toBeGreaterThan(0)
        for (const id of sentence.from) expect(ids.has(id)).toBe(true)
        for (const rule of sentence.rules) expect(rule.reason).toMatch(/\w/)
      }
      // Every original sentence is said again by the plain version.
      if (name === 'plain') expect(new Set(level.sentences.flatMap((sentence) => sentence.from))).toEqual(ids)
      expect(level.text).toBe(level.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join(' ')).join('\n\n'))
      for (const rejection of level.rejections) expect(ids.has(rejection.sentenceId)).toBe(true)
    }
  })

  it('keeps every number of each original sentence in its plain sentences', async () => {
    const report = await seedReport()
    for (const original of report.paragraphs.flatMap((paragraph) => paragraph.sentences)) {
      const plain = report.levels.plain.sentences.filter((sentence) => sentence.from.includes(original.id)).map((sentence) => sentence.text).join(' ')
      const kept = numberPhrases(plain)
      for (const phrase of numberPhrases(original.text)) {
        expect(
          kept.some((candidate) => (phrase.value === null ? candidate.core === phrase.core : candidate.value === phrase.value)),
          `${original.id}: “${phrase.text}” in “${plain}”`
        ).toBe(true)
      }
    }
  })

  it('scores each level with names removed and with names, and reports each target honestly', async () => {
    const report = await seedReport()
    for (const level of [report.levels.plain, report.levels.easy]) {
      expect(level.scores.fleschKincaidGrade).toEqual(expect.any(Number))
      expect(level.scoresWithNames.fleschKincaidGrade).toEqual(expect.any(Number))
      const grade = level.targets.find((target) => target.id === 'grade')
      expect(grade?.met).toBe((level.scores.fleschKincaidGrade ?? Infinity) <= (grade?.limit ?? 0))
      const missed = level.targets.filter((target) => !target.met).length
      const messages = report.messages.filter((message) => message.ruleId === 'level-target' && message.reason.includes(`The ${level.name} version`))
      expect(messages).toHaveLength(missed)
    }
  })

  it('opens the easy level with “What happened”, made of its own easy sentences', async () => {
    const report = await seedReport()
    const {whatHappened, sentences} = report.levels.easy
    expect(whatHappened.sentenceIds.length).toBeGreaterThan(0)
    const chosen = whatHappened.sentenceIds.map((id) => sentences.find((sentence) => sentence.id === id)?.text)
    // Its own easy sentences, word for word, without the dateline (`MOSCOW – `).
    expect(whatHappened.text).toBe(chosen.join(' ').replace(/^MOSCOW – /, ''))
    expect(whatHappened.text).not.toMatch(/^MOSCOW/)
    expect(whatHappened.from).toContain('s1')
  })

  it('lists key numbers found in the original sentences, each in the sentence it comes from', async () => {
    const report = await seedReport()
    const originals = new Map(report.paragraphs.flatMap((paragraph) => paragraph.sentences).map((sentence) => [sentence.id, sentence.text]))
    const {keyNumbers, sentences} = report.levels.easy
    expect(keyNumbers.map((item) => item.text.toLowerCase())).toEqual(expect.arrayContaining(['dozens', 'up to 400', 'at least eight', 'one week']))
    for (const item of keyNumbers) {
      expect(item.sentence.slice(item.start, item.end)).toBe(item.text)
      const original = originals.get(item.sentenceId) ?? ''
      const value = numberPhrases(item.text)[0]?.value ?? null
      expect(numberPhrases(original).some((phrase) => (value === null ? phrase.text.toLowerCase() === item.text.toLowerCase() : phrase.value === value))).toBe(true)
      if (item.levelSentenceId) expect(sentences.find((sentence) => sentence.id === item.levelSentenceId)?.text).toBe(item.sentence)
      else expect(item.sentence).toBe(original)
    }
  })
})

describe('editor versions', () => {
  const article = {
    path: 'content/ferry-strike.md',
    text: '---\ntitle: Ferry strike\ndate: 2024-03-01\nlang: en\n---\n\nFerry workers in Oslo, who have not had a raise since 2019, walked out on Monday, and 40 crossings were cancelled.\n\nThe union said the strike would last three days.\n'
  }

  it('uses content/<slug>.plain.md instead of the automatic version, aligned and scored', () => {
    const content = loadContent([
      article,
      {path: 'content/ferry-strike.plain.md', text: 'Ferry workers in Oslo walked out on Monday.\nThey have not had a raise since 2019.\nSo 40 crossings were cancelled.\n\nThe union said the strike would last three days.\n'}
    ])
    expect(content.errors).toEqual([])
    const found = content.articles[0]
    if (!found) throw new Error('article missing')
    const {plain} = reportOf(found).levels
    expect(plain.source).toBe('editor')
    expect(plain.sentences.map((sentence) => [sentence.id, sentence.from])).toEqual([
      ['plain-1', ['s1']],
      ['plain-2', ['s1']],
      ['plain-3', ['s1']],
      ['plain-4', ['s2']]
    ])
    expect(plain.sentences[0]?.rules).toEqual([{rule: 'editor', reason: 'An editor rewrote this by hand.'}])
    expect(plain.warnings).toEqual([])
    expect(plain.scores.fleschKincaidGrade).toEqual(expect.any(Number))
  })

  it('warns when an editor’s version changes a number, adds a name, drops a negation or leaves a sentence out', () => {
    const content = loadContent([
      article,
      {path: 'content/ferry-strike.plain.md', text: '---\nnote: draft\n---\n\nFerry workers in Bergen have had a raise since 2019.\nThey walked out on Monday and 45 crossings were cancelled.\n'}
    ])
    const found = content.articles[0]
    if (!found) throw new Error('article missing')
    const report = reportOf(found)
    const warnings = report.levels.plain.warnings.join('\n')
    expect(warnings).toMatch(/^content\/ferry-strike\.plain\.md:5: /m)
    expect(warnings).toMatch(/45/)
    expect(warnings).toMatch(/Bergen/)
    expect(warnings).toMatch(/negation/)
    expect(warnings).toMatch(/no sentence says again s2/)
    const messages = report.messages.filter((message) => message.ruleId === 'level-override')
    expect(messages).toHaveLength(report.levels.plain.warnings.length)
    expect(messages.every((message) => message.severity === 'warning')).toBe(true)
  })

  it('reports editor files for a missing article or an unknown level, and loads the rest', () => {
    const content = loadContent([
      article,
      {path: 'content/no-such.plain.md', text: 'Text.'},
      {path: 'content/ferry-strike.hard.md', text: 'Text.'},
      {path: 'content/ferry-strike.easy.md', text: '   \n'}
    ])
    expect(content.articles).toHaveLength(1)
    expect(content.errors.map((error) => `${error.path}:${error.line}`)).toEqual([
      'content/no-such.plain.md:1',
      'content/ferry-strike.hard.md:1',
      'content/ferry-strike.easy.md:1'
    ])
  })

  it('levels work for any text, an empty one included', () => {
    const report = analyze({slug: 'x', title: 'x', lang: 'en', markdown: '\n'})
    expect(report.levels.plain.sentences).toEqual([])
    expect(report.levels.easy.whatHappened.text).toBe('')
    expect(report.levels.plain.averageSentenceWords).toBeNull()
  })
})
