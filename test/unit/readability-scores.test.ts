import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/report/analyze.ts'
import type {Report} from '../../src/report/report.ts'
import {scoreText, sentenceGrade, type TextCounts} from '../../src/readability/score-text.ts'
import {bundledApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, index) => numbers(item, `${path}[${index}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`))
  return []
}

/** The textbook formulas, typed independently of the wooorm packages, as the reference. */
function reference(c: TextCounts) {
  const wps = c.words / c.sentences
  const pdw = (100 * c.unfamiliarWords) / c.words
  return {
    fleschReadingEase: 206.835 - 1.015 * wps - 84.6 * (c.syllables / c.words),
    fleschKincaidGrade: 0.39 * wps + 11.8 * (c.syllables / c.words) - 15.59,
    gunningFog: 0.4 * (wps + (100 * c.complexWords) / c.words),
    smog: 1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291,
    colemanLiau: 0.0588 * ((100 * c.letters) / c.words) - 0.296 * ((100 * c.sentences) / c.words) - 15.8,
    automatedReadability: 4.71 * (c.letters / c.words) + 0.5 * wps - 21.43,
    daleChall: 0.1579 * pdw + 0.0496 * wps + (pdw > 5 ? 3.6365 : 0),
    spache: 0.121 * wps + 0.082 * ((100 * c.spacheUnfamiliarWords) / c.words) + 0.659
  }
}

describe('readability of the seed article, through the report', () => {
  it('438 words (±3), 20 sentences, Flesch Reading Ease 39.0 ± 1.5, Flesch–Kincaid 13.3 ± 0.5', async () => {
    const app = await bundledApp()
    const response = await app.request(`/api/articles/${seed}`)
    expect(response.status).toBe(200)
    const report = (await response.json()) as Report
    expect(Math.abs(report.counts.words - 438)).toBeLessThanOrEqual(3)
    expect(report.counts.sentences).toBe(20)
    expect(report.scores.fleschReadingEase).toBeGreaterThanOrEqual(37.5)
    expect(report.scores.fleschReadingEase).toBeLessThanOrEqual(40.5)
    expect(report.scores.fleschKincaidGrade).toBeGreaterThanOrEqual(12.8)
    expect(report.scores.fleschKincaidGrade).toBeLessThanOrEqual(13.8)
    expect(report.sentences.map((sentence) => sentence.id)).toEqual(Array.from({length: 20}, (_, index) => `s${index + 1}`))
    expect(report.targetAge).toBe(14)
    expect(report.readingMinutes).toBe(2)
    expect(report.listeningMinutes).toBe(3)
  })

  it('every other formula is within 1.0 of the textbook formula on the same counts', () => {
    const {counts, scores} = scoreText('The peacekeeping effort, organized by a group that is the Russian version of NATO, will be limited in time. He did not specify how many soldiers would be mobilized. Some troops have already started operating in Kazakhstan, according to the statement.')
    const expected = reference(counts)
    for (const [key, value] of Object.entries(expected)) {
      expect(Math.abs((scores[key as keyof typeof expected] ?? Number.NaN) - value), key).toBeLessThan(1)
    }
  })

  it('the consensus grade is the median of the six grade formulas', () => {
    const {scores} = scoreText('Authorities reported that about a thousand people were injured. At least eight members of the security forces have been killed.')
    const grades = [scores.fleschKincaidGrade, scores.gunningFog, scores.smog, scores.colemanLiau, scores.automatedReadability, scores.daleChallGrade]
      .map(Number)
      .sort((a, b) => a - b)
    expect(scores.consensusGrade).toBeCloseTo(((grades[2] ?? 0) + (grades[3] ?? 0)) / 2, 6)
  })

  it('marks hard sentences with a grade, plain-words reasons and vfile messages', () => {
    const report = analyze({
      slug: 't',
      title: 'T',
      lang: 'en',
      markdown:
        'The cat sat on the mat.\n\nThe intergovernmental organization’s extraordinarily complicated administrative reorganization, which representatives characterized as unprecedented, nevertheless generated considerable institutional uncertainty throughout the international community.'
    })
    const [easy, hard] = report.sentences
    expect(easy).toMatchObject({id: 's1', hard: false, difficulty: 'ok', reasons: []})
    expect(hard).toMatchObject({id: 's2', hard: true, difficulty: 'very-hard'})
    expect(hard?.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['long-words', 'unfamiliar-words']))
    const messages = report.messages.filter((message) => message.source === 'plainread' && message.ruleId?.endsWith('hard-sentence'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({line: 3, column: 1, ruleId: 'very-hard-sentence', severity: 'warning'})
    expect(messages[0]?.reason).toMatch(/^Unexpected very hard sentence \(grade \d+\.\d; for age 14 aim for grade 9 or below\)/)
    expect(report.messages.some((message) => message.source === 'retext-readability' && message.severity === 'info')).toBe(true)
  })

  it('takes the target age from the input: a sentence hard at 10 is fine at 18', () => {
    const markdown = 'Police warned people living near major government buildings to stay home.'
    const young = analyze({slug: 't', title: 'T', lang: 'en', markdown, targetAge: 10})
    const adult = analyze({slug: 't', title: 'T', lang: 'en', markdown, targetAge: 18})
    expect(young.sentences[0]?.hard).toBe(true)
    expect(adult.sentences[0]?.hard).toBe(false)
    expect(young.explanation.target).toBe('For readers aged 10, aim for school grade 5 or below.')
  })

  it('counts complex words and familiar words by the written rules', () => {
    // Names are neither complex (Gunning) nor unfamiliar (Dale–Chall); -ing does not make a word complex.
    const names = scoreText('We met Kassym-Jomart Tokayev and Saltanat Azirbek in Almaty.')
    expect(names.counts.complexWords).toBe(0)
    expect(names.counts.unfamiliarWords).toBe(0)
    expect(names.counts.properNames).toBe(5)
    expect(scoreText('They were operating.').counts.complexWords).toBe(1)
    expect(scoreText('They were creating.').counts.complexWords).toBe(0)
    // Inflections of listed Dale–Chall words are familiar.
    expect(scoreText('The boys walked and played happily.').counts.unfamiliarWords).toBe(0)
    expect(scoreText('The protesters mobilized.').counts.unfamiliarWords).toBe(2)
    // With names left out they count nowhere.
    expect(scoreText('We met Tokayev in Almaty.', {ignoreProperNames: true}).counts.words).toBe(3)
  })

  it('grades the sentences of the plain and easy versions the same way', () => {
    const report = analyze({
      slug: 't',
      title: 'T',
      lang: 'en',
      markdown: 'The cat sat on the mat. The intergovernmental organization characterized the reorganization as unprecedented.'
    })
    for (const level of ['plain', 'easy'] as const) {
      expect(report.levelSentences[level].map((sentence) => sentence.id)).toEqual(report.levels[level].sentences.map((sentence) => sentence.id))
      for (const sentence of report.levelSentences[level]) {
        expect(sentence.grade).toBeCloseTo(sentenceGrade(sentence.text) ?? Number.NaN, 6)
        expect(sentence.hard).toBe(sentence.difficulty !== 'ok')
      }
    }
  })

  it('sentenceGrade grades one sentence: short plain ones low, long dense ones high', () => {
    expect(sentenceGrade('The cat sat on the mat.')).toBeLessThan(3)
    expect(sentenceGrade('Institutional decentralization necessitates comprehensive administrative reorganization.')).toBeGreaterThan(16)
    expect(sentenceGrade('')).toBeNull()
  })
})

describe('malformed input gives a valid report, never NaN or Infinity', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only whitespace', ' \n\t \n'],
    ['only punctuation', '!!! ... ?? — ; :'],
    ['emoji', '😀 🎉🎉 👍🏽'],
    ['emoji in words', 'We 😀 love 🎉 news. 👍🏽'],
    ['right-to-left text', 'مرحبا بالعالم. هذا نص عربي قصير.\n\nשלום עולם.'],
    ['1 MB of one word', 'x'.repeat(1_000_000)],
    ['one word repeated', 'word '.repeat(2_000)],
    ['numbers only', '1 2 3 400 1,000,000 3.14'],
    ['markdown only', '# \n\n---\n\n* \n\n```\ncode\n```']
  ]
  it.each(cases)('%s', (_, text) => {
    const report = analyze({slug: 't', title: 'T', lang: 'en', markdown: text})
    const bad = numbers(report).filter(([, value]) => !Number.isFinite(value))
    expect(bad).toEqual([])
    const scored = scoreText(text)
    expect(numbers(scored).filter(([, value]) => !Number.isFinite(value))).toEqual([])
    if (report.counts.words === 0) {
      expect(Object.values(report.scores).every((value) => value === null)).toBe(true)
      expect(report.sentences.every((sentence) => sentence.grade === null)).toBe(true)
    }
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })
})
