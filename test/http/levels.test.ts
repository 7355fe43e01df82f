import {parseHTML} from 'linkedom'
import {describe, expect, it} from 'vitest'
import {bundledApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'

/** The page as a document, to read text as a person sees it (term links and labels included). */
function documentOf(html: string) {
  return parseHTML(html).document
}

interface LevelJson {
  text: string
  sentences: {id: string; text: string; from: string[]; rules: {rule: string; reason: string}[]}[]
  scores: Record<string, number | null>
}

async function seedJson(): Promise<{paragraphs: {sentences: {id: string; text: string}[]}[]; levels: {plain: LevelJson; easy: LevelJson}}> {
  const app = await bundledApp()
  return (await app.request(`/api/articles/${seed}`)).json() as never
}

describe('levels over HTTP', () => {
  it('GET /api/articles/:slug carries levels: plain and easy, aligned', async () => {
    const report = await seedJson()
    for (const name of ['plain', 'easy'] as const) {
      const level = report.levels[name]
      expect(level.text.length).toBeGreaterThan(0)
      expect(level.sentences[0]).toMatchObject({id: `${name}-1`, from: ['s1']})
      expect(level.scores['fleschKincaidGrade']).toEqual(expect.any(Number))
    }
    expect(report.levels.easy).toHaveProperty('whatHappened')
    expect(report.levels.easy).toHaveProperty('keyNumbers')
  })

  it('POST /api/analyze carries levels for any text, aligned to its sentences', async () => {
    const app = await bundledApp()
    const text = 'The city council, which met on Tuesday, voted 7 to 2 to close the old bridge, and repairs will cost about a million dollars. Nobody was hurt.'
    const response = await app.request('/api/analyze', {method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'}, body: text})
    expect(response.status).toBe(200)
    const report = (await response.json()) as {levels: {plain: LevelJson; easy: LevelJson & {keyNumbers: {text: string; sentenceId: string}[]}}}
    for (const name of ['plain', 'easy'] as const) {
      const level = report.levels[name]
      expect(level.sentences.length).toBeGreaterThan(0)
      expect(new Set(level.sentences.flatMap((sentence) => sentence.from))).toEqual(new Set(['s1', 's2']))
    }
    expect(report.levels.plain.text).toContain('7')
    expect(report.levels.easy.keyNumbers.map((item) => item.sentenceId)).toContain('s1')
  })

  it('the article page shows the plain version by default, and ?level=plain is the same page', async () => {
    const app = await bundledApp()
    const page = await (await app.request(`/articles/${seed}`)).text()
    const plain = await (await app.request(`/articles/${seed}?level=plain`)).text()
    expect(page).toBe(plain)
    expect(page).toContain('id="plain-1"')
    expect(page).not.toContain('id="s1"')
    expect(page).toMatch(/<a href="\/articles\/kazakhstan-russian-alliance-troops\?level=plain" aria-current="page">/)
  })

  it.each(['plain', 'easy'])('the %s page keeps every original sentence, verbatim, and every changed one has “What changed?”', async (name) => {
    const app = await bundledApp()
    const report = await seedJson()
    const document = documentOf(await (await app.request(`/articles/${seed}?level=${name}`)).text())
    const level = report.levels[name as 'plain' | 'easy']
    const body = document.querySelector('.level-body')
    const disclosed = [...(body?.querySelectorAll('.what-changed .original-sentence') ?? [])].map((element) => (element.textContent ?? '').replace(/^Original: /, ''))
    for (const sentence of report.paragraphs.flatMap((paragraph) => paragraph.sentences)) {
      const changed = level.sentences.some((part) => part.from.includes(sentence.id) && (part.text !== sentence.text || part.rules.length > 0))
      if (changed) {
        expect(disclosed, `${sentence.id} in a disclosure`).toContain(sentence.text)
        expect(body?.querySelector(`a[href="/articles/${seed}?level=original#${sentence.id}"]`)).not.toBeNull()
      } else {
        // Unchanged: a level sentence is the original, word for word (term links may decorate it).
        const same = level.sentences.find((part) => part.from.includes(sentence.id) && part.text === sentence.text)
        expect(same, `${sentence.id} shown as is`).toBeDefined()
        expect(body?.querySelector(`[data-sentence="${same?.id ?? ''}"]`)).not.toBeNull()
      }
    }
    for (const sentence of level.sentences) expect(document.getElementById(sentence.id)?.getAttribute('data-sentence')).toBe(sentence.id)
    expect(document.querySelectorAll('h1')).toHaveLength(1)
  })

  it('the easy page opens with “What happened” and “Key numbers”', async () => {
    const app = await bundledApp()
    const html = await (await app.request(`/articles/${seed}?level=easy`)).text()
    expect(html).toContain('<h2 id="what-happened">What happened</h2>')
    expect(html).toContain('<h2 id="key-numbers">Key numbers</h2>')
    expect(html.indexOf('id="what-happened"')).toBeLessThan(html.indexOf('id="easy-1"'))
  })

  it('?level=original shows the original sentences s1…s20 and no disclosure', async () => {
    const app = await bundledApp()
    const html = await (await app.request(`/articles/${seed}?level=original`)).text()
    for (let index = 1; index <= 20; index++) expect(html).toContain(`id="s${index}"`)
    expect(html).not.toContain('class="what-changed"')
    expect(html).toMatch(/\?level=original" aria-current="page">/)
  })

  it('?view=compare shows the original and the version side by side', async () => {
    const app = await bundledApp()
    const document = documentOf(await (await app.request(`/articles/${seed}?level=plain&view=compare`)).text())
    const table = document.querySelector('table.compare')
    expect([...(table?.querySelectorAll('th[scope="col"]') ?? [])].map((cell) => cell.textContent)).toEqual(['Original', 'Plain language'])
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])]
    expect(rows).toHaveLength(20)
    expect(rows[0]?.querySelector('td [data-sentence="s1"]')).not.toBeNull()
    expect(rows[0]?.querySelector('td [data-sentence="plain-1"]')).not.toBeNull()
    expect(rows[19]?.querySelector('td [data-sentence="s20"]')).not.toBeNull()
  })

  it.each(['?level=hard', '?level=%3Cscript%3E', '?view=grid', '?level=plain&view=%00'])('%s is a 400 page with links to the real levels', async (query) => {
    const app = await bundledApp()
    const response = await app.request(`/articles/${seed}${query}`)
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('Unknown reading level')
    expect(html).toContain(`href="/articles/${seed}?level=easy"`)
    expect(html).not.toContain('<script>')
  })

  it('an unknown article with a level is still a 404', async () => {
    const app = await bundledApp()
    expect((await app.request('/articles/no-such-article?level=easy')).status).toBe(404)
  })
})
