import {describe, expect, it} from 'vitest'
import {termId, type GlossaryEntry} from '../../src/glossary/glossary-entry.ts'
import {matchTerms} from '../../src/glossary/match-terms.ts'

const entry = (term: string, more: Partial<Omit<GlossaryEntry, 'id' | 'term'>> = {}): GlossaryEntry => ({
  id: termId(term),
  term,
  aliases: [],
  expansion: null,
  definition: `About ${term}.`,
  example: null,
  pronunciation: null,
  ...more
})

const glossary: readonly GlossaryEntry[] = [
  entry('CSTO', {
    expansion: 'Collective Security Treaty Organization',
    aliases: ['Russian-led military alliance', 'Russian-led alliance', 'Russian alliance']
  }),
  entry('WHO', {expansion: 'World Health Organization'}),
  entry('post-Soviet'),
  entry('GDP per capita'),
  entry('GDP', {expansion: 'gross domestic product'}),
  entry('paratrooper'),
  entry('peacekeeping', {aliases: ['peacekeeper']}),
  entry('crisis'),
  entry('rescind'),
  entry('rose'),
  entry('Almaty', {pronunciation: {respelling: 'al-MAH-tee', say: 'al-mah-tee'}})
]

/** Each case: a sentence, shown with every match as `[words → id]`. */
const cases = {
  plural: ['Paratroopers landed.', 'One paratrooper landed.', 'Two crises and one crisis.', 'The CSTOs of the world.'],
  capitalised: ['POST-SOVIET states.', 'Post-Soviet states.', 'Peacekeeping began.', 'PARATROOPERS landed.'],
  'hyphen and space': ['post-Soviet', 'post Soviet', 'post–Soviet', 'Russian led alliance', 'the Russian-led  military alliance'],
  aliases: [
    'A Russian-led military alliance sent troops.',
    'The Collective Security Treaty Organization met.',
    'The Russian alliance and the CSTO are one.',
    'Peacekeepers arrived.'
  ],
  inflections: ['They rescinded it.', 'It is rescinding the rule.', 'He rescinds it.'],
  'longest match wins': ['The highest GDP per capita.', 'GDP grew.', 'A Russian-led military alliance.'],
  'never inside a longer word': [
    'The postSoviet era.',
    'Supercrisis is a word.',
    'A GDPR rule.',
    'The paratrooperish look.',
    'Almatyan people.',
    'Roses are red.'
  ],
  'abbreviations match in capitals only': ['Who said that?', 'The WHO said that.', 'the csto met.'],
  'common words inside names': ['“Stop,” said Rose Hill.', 'A rose grew.', 'Rose bushes grew.', 'Rose Hill spoke.'],
  possessives: ['Almaty’s mayor.', "The CSTO's troops."]
}

function show(text: string): string {
  let result = ''
  let at = 0
  for (const match of matchTerms(text, glossary)) {
    result += text.slice(at, match.start) + `[${text.slice(match.start, match.end)} → ${match.id}]`
    at = match.end
  }
  return result + text.slice(at)
}

describe('matchTerms', () => {
  it('matches the golden cases (regenerate with `vitest -u`)', async () => {
    const golden = Object.entries(cases)
      .map(([name, texts]) => `## ${name}\n\n${texts.map((text) => `- ${show(text)}`).join('\n')}\n`)
      .join('\n')
    await expect(golden).toMatchFileSnapshot('./golden/match-terms.md')
  })

  it('finds plural, capitalised, hyphen/space and alias forms with offsets into the text', () => {
    expect(matchTerms('Paratroopers and POST SOVIET states.', glossary)).toEqual([
      {id: 'term-paratrooper', start: 0, end: 12},
      {id: 'term-post-soviet', start: 17, end: 28}
    ])
    expect(show('called the Collective Security Treaty Organization')).toBe(
      'called the [Collective Security Treaty Organization → term-csto]'
    )
  })

  it('lets the longest match win and never matches inside a longer word', () => {
    expect(show('The GDP per capita rose.')).toBe('The [GDP per capita → term-gdp-per-capita] [rose → term-rose].')
    expect(matchTerms('Supercrisis, GDPR and postSoviet.', glossary)).toEqual([])
  })

  it('never matches a common word inside a capitalised name, nor an abbreviation in lower case', () => {
    expect(matchTerms('“We will stay,” said Rose Hill, the mayor.', glossary)).toEqual([])
    expect(matchTerms('Who knows?', glossary)).toEqual([])
  })

  it('takes any entry with a term: the id defaults to term-<slug>', () => {
    expect(matchTerms('Two Prime Ministers met.', [{term: 'prime minister'}])).toEqual([{id: 'term-prime-minister', start: 4, end: 19}])
  })

  it('finds nothing with an empty glossary', () => {
    expect(matchTerms('The CSTO met.', [])).toEqual([])
  })
})
