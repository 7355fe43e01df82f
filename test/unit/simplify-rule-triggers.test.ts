import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Rule, RuleContext} from '../../src/simplify/rule.ts'
import {meetsTriggers, tokenValues} from '../../src/simplify/rule-triggers.ts'
import {tokenize} from '../../src/simplify/sentence-tokens.ts'

const root = path.resolve(import.meta.dirname, '../..')
const rulesDir = path.join(root, 'src/simplify/rules')

/** Every rule the engine has, read from the rule files. */
async function loadRules(): Promise<Rule[]> {
  const found: Rule[] = []
  for (const file of readdirSync(rulesDir).filter((name) => name.endsWith('.ts')).sort()) {
    const module = (await import(path.join(rulesDir, file))) as Record<string, unknown>
    for (const value of Object.values(module)) {
      if (typeof value === 'object' && value !== null && 'candidates' in value && 'levels' in value) found.push(value as Rule)
    }
  }
  return found
}

/** Sentences each of which some rule rewrites (the rules' own examples), and the seed article. */
const examples = [
  'History The district was created in 1994.',
  'Troops arrived in the city on Monday, according to the statement.',
  'Ann Lee (born May 3, 1950) is a singer.',
  'Jo Park (1904 – 1961) was a poet.',
  'Marin (to the south) borders it.',
  'The city – the oldest in the region – grew.',
  'It was, however, small.',
  'However, the town grew quickly.',
  'Therefore, the mayor resigned.',
  'The town grew quickly in the last years; its port closed in the winter.',
  'Almaty, the largest city of the country, lies in the south.',
  'The troops were sent by Russia, the largest member of the alliance.',
  'Eight people died in the clashes, the first deaths since the protests began.',
  'The bridge was built in 1904, which later became a symbol of the town.',
  'The town has a small harbour, in which fishing boats stay in winter.',
  'The army moved north, and the people in the town left their homes.',
  'The town grew quickly in those years, although the port closed soon.',
  'Despite the government saying it would act, the protests spread to other cities.',
  'Police fired at the crowd, killing 14 people.',
  'The plan was drawn up in the spring, approved by the council in May.',
  'The prices went up in January, including the price of gas.',
  'The company was founded in 1990 and was sold in 2005 to a bank.',
  'The protests spread across the country, with demands for reform.',
  'The troops arrived in the capital of the country on Thursday after the president had asked them for help.',
  'The troops arrived in the capital of the country on Thursday as part of a peacekeeping mission.',
  'The protests grew after reports in the media that police fired on the crowd.',
  'In the summer of 2010, the town held a fair.',
  'They met in order to plan the trip.',
  'The builders constructed a bridge.',
  'The storm occurred in the night.',
  'It is particularly famous for its bread.',
  'The army had moved north.',
  'About twenty-five people came.'
]
const seed = readFileSync(path.join(root, 'content/kazakhstan-russian-alliance-troops.md'), 'utf8')

/** The sentences the engine's own tests give it (quoted literals that read as sentences), so new rule behaviour is covered too. */
function testedSentences(): string[] {
  const dir = path.join(root, 'test/unit')
  const found: string[] = []
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.test.ts'))) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/'(\p{Lu}[^'\n]{8,}[.!?])'/gu)) found.push(match[1] ?? '')
  }
  return found
}

const sentences = [...examples, seed, ...testedSentences()].flatMap((text) => tokenize(text))

describe('rule triggers', () => {
  it('reads the lower-case words and marks of a sentence, without white space', () => {
    const [tokens] = tokenize('Despite the rain, Police came (late).')
    expect(tokens).toBeDefined()
    const values = tokenValues(tokens ?? [])
    expect([...values]).toEqual(['despite', 'the', 'rain', ',', 'police', 'came', '(', 'late', ')', '.'])
  })

  it('needs one value of every group', () => {
    const [tokens = []] = tokenize('It came as part of a plan.')
    expect(meetsTriggers(tokens, [['as'], ['part']])).toBe(true)
    expect(meetsTriggers(tokens, [['as'], ['despite', 'spite']])).toBe(false)
    expect(meetsTriggers(tokens, [['while', '.']])).toBe(true)
    expect(meetsTriggers(tokens, [])).toBe(true)
  })

  it('offers a rule only sentences it can rewrite: a rule proposes nothing where its triggers are missing', async () => {
    const rules = await loadRules()
    const context: RuleContext = {level: 'easy', names: new Set(), suggestions: new Map()}
    let withTriggers = 0
    const matched = new Set<string>()
    for (const rule of rules) {
      if (rule.triggers === undefined) continue
      withTriggers++
      for (const tokens of sentences) {
        const proposed = rule.candidates(tokens, context)
        if (proposed.length > 0) {
          matched.add(rule.name)
          expect(meetsTriggers(tokens, rule.triggers), `${rule.name}: ${tokens.map((token) => token.value).join('')}`).toBe(true)
        }
      }
    }
    expect(withTriggers).toBeGreaterThanOrEqual(25)
    expect(sentences.length).toBeGreaterThan(200)
    // The examples really exercise the rules: most rules with triggers rewrite one of them.
    expect(matched.size).toBeGreaterThanOrEqual(20)
  })
})
