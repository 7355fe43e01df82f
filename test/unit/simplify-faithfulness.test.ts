import {readFileSync} from 'node:fs'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {scaleValue, unitValue} from '../../src/simplify/number-words.ts'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

/** Sentences of the seed article's body, split as the site splits them. */
function seedSentences(): string[] {
  const file = readFileSync(new URL('../../content/kazakhstan-russian-alliance-troops.md', import.meta.url), 'utf8')
  const body = file.replace(/^---\n[\s\S]*?\n---\n/, '')
  const sentences: string[] = []
  for (const paragraph of new ParseEnglish().parse(body).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const node of paragraph.children) if (node.type === 'SentenceNode') sentences.push(toString(node))
  }
  return sentences
}

/** Tricky sentences written for this test: numbers, names, negations and quotations in places rules touch. */
const tricky = [
  'The bridge (built in 1904 by Gustave Eiffel) was not damaged, and about a thousand people crossed it.',
  'Approximately 3.5% of voters, according to the electoral commission, did not vote in 2019.',
  'She said “we will never utilize force” and left, although nobody had asked her.',
  'The company, which was founded in 1998 in Oslo, employs 2,400 people; its rival employs none.',
  'However, Dr. Amara Okafor, a surgeon at St. Mary’s Hospital, said that twenty-five patients had been treated.',
  'Police said dozens of protesters had been killed, but hundreds were injured, according to the statement.',
  'The U.S. team won 3–1, beating Brazil for the first time since 1950.',
  'In order to save $20 million, the council closed three schools without consulting parents.',
  'Although the minister denied the report, the newspaper “The Daily Post” stood by its story.',
  'Nine of the 12 judges, who had served for decades, refused to sign; two signed.',
  'The storm hit Manila on Tuesday, killing at least 14 people and leaving 40,000 without power.',
  'He did not specify how many soldiers would be mobilized, and no date was set.',
  'Kazakhstan has long been regarded as one of the most successful post-Soviet states.',
  'The river, known locally as the Rio Verde, floods every spring (usually in April).',
  'Fewer than half of the 1,200 members, roughly 500, voted against the plan.'
]

const negation = /\b(not|no|never|none|nor|neither|nobody|nothing|nowhere|without|cannot)\b|n[’']t\b/gi
const digits = (text: string): string[] => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((value) => value.replace(/,(?=\d{3}\b)/g, ''))
const midCapitals = (text: string): string[] =>
  (text.match(/(?<=[\p{L}\p{N},;:)] )\p{Lu}[\p{L}.’'-]*/gu) ?? []).map((name) => name.replace(/[’']s$/, '').replace(/\.$/, ''))
const quotes = (text: string): string[] => [...text.matchAll(/“([^”]*)”/g)].map((match) => match[1] ?? '')
const spelled: Readonly<Record<string, string>> = {thousand: '1000', 'twenty-five': '25'}

describe.each(['plain', 'easy'] as const)('faithfulness at %s', (level) => {
  const cases = [...seedSentences(), ...tricky]

  it.each(cases)('keeps numbers, names, negations and quotations: %s', (input) => {
    const result = simplifySentence(input, {level})
    const output = result.sentences.join(' ')
    expect(output.length).toBeGreaterThan(0)

    // Every number of the input is in the plain output (easy may leave detail out), and no new number appears.
    const outNumbers = digits(output)
    if (level === 'plain') for (const number of digits(input)) expect(outNumbers).toContain(number)
    const allowed = new Set([...digits(input), ...Object.entries(spelled).filter(([word]) => input.toLowerCase().includes(word)).map(([, value]) => value)])
    for (const number of outNumbers) expect(allowed).toContain(number)

    // Every name inside the input sentence is still there; no capitalised word comes from nowhere.
    if (level === 'plain') for (const name of midCapitals(input)) expect(output).toContain(name)
    const inputLower = input.toLowerCase()
    for (const name of midCapitals(output)) expect(inputLower).toContain(name.toLowerCase())

    // Negations are neither lost nor added, and quotations stay word for word.
    const negations = (output.match(negation) ?? []).length
    if (level === 'plain') expect(negations).toBe((input.match(negation) ?? []).length)
    else expect(negations).toBeLessThanOrEqual((input.match(negation) ?? []).length)
    if (level === 'plain') for (const quote of quotes(input)) expect(output).toContain(quote)
    for (const quote of quotes(output)) expect(quotes(input)).toContain(quote)
  })
})

describe('easy leaves detail out, plain keeps it', () => {
  it('drops a bracket and a trailing phrase only at easy', () => {
    const input = 'The protests widened and spread across the whole country, with broader demands for greater political representation (and better pay).'
    expect(simplifySentence(input, {level: 'plain'}).sentences.join(' ')).toContain('with broader demands')
    const easy = simplifySentence(input, {level: 'easy'})
    expect(easy.sentences).toEqual(['The protests widened and spread across the whole country.'])
    expect(easy.applied.map((note) => note.rule)).toContain('drop-detail')
  })
})

describe('the guard counts what it refuses', () => {
  it('rejects a rewrite that would lose a number, a name or a quotation and says why', () => {
    // A pointer in brackets may go at plain, but not one that holds a number or a name; the guard says why.
    const result = simplifySentence('The bridge (see page 1904 by Gustave Eiffel) was not damaged.', {level: 'plain'})
    expect(result.sentences.join(' ')).toContain('(see page 1904 by Gustave Eiffel)')
    expect(result.rejected).toEqual([
      expect.objectContaining({rule: 'drop-parenthetical', reason: expect.stringMatching(/loses the number 1904; loses the name Gustave, Eiffel/)})
    ])
  })
})

describe('words that are also names of object properties', () => {
  it('never reads “constructor”, “toString” or “valueOf” as a number', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(unitValue(word), word).toBeUndefined()
      expect(scaleValue(word), word).toBeUndefined()
    }
    const result = simplifySentence('The constructor said the toString method was, in fact, very slow.', {level: 'plain'})
    expect(JSON.stringify(result)).not.toContain('native code')
  })
})
