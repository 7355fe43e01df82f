import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {splitFrontMatter} from '../../src/content/front-matter.ts'
import type {Report} from '../../src/report/report.ts'
import {bundledApp} from '../helpers/serve-app.ts'

const run = promisify(execFile)
const seed = 'kazakhstan-russian-alliance-troops'
const seedPath = `content/${seed}.md`
let app: Awaited<ReturnType<typeof bundledApp>>
let api: Report
let scratch: string

/** Run the CLI as an editor would (`npm run --silent analyze -- …`, without npm). */
async function cli(...args: string[]): Promise<{stdout: string; stderr: string; code: number}> {
  try {
    const {stdout, stderr} = await run(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], {maxBuffer: 1 << 26})
    return {stdout, stderr, code: 0}
  } catch (error) {
    const failed = error as {stdout: string; stderr: string; code: number}
    return {stdout: failed.stdout, stderr: failed.stderr, code: failed.code}
  }
}

beforeAll(async () => {
  app = await bundledApp()
  api = (await (await app.request(`/api/articles/${seed}`)).json()) as Report
  scratch = await mkdtemp(path.join(tmpdir(), 'plainread-analyze-'))
})

afterAll(async () => {
  await rm(scratch, {recursive: true, force: true})
})

describe('the same text gives the same scores everywhere', () => {
  it('GET /api/articles/:slug carries counts, scores, times, target age and sentence grades', () => {
    expect(Object.keys(api.counts).sort()).toEqual(
      ['complexWords', 'letters', 'polysyllables', 'properNames', 'sentences', 'spacheUnfamiliarWords', 'syllables', 'unfamiliarWords', 'words'].sort()
    )
    expect(api.sentences).toHaveLength(20)
    for (const sentence of api.sentences) {
      expect(sentence).toMatchObject({id: expect.stringMatching(/^s\d+$/), text: expect.any(String), hard: expect.any(Boolean)})
      expect(typeof sentence.grade).toBe('number')
      expect(Array.isArray(sentence.reasons)).toBe(true)
    }
  })

  it('the article page shows the scores of the API', async () => {
    const html = await (await app.request(`/articles/${seed}?level=original`)).text()
    for (const [key, value] of Object.entries(api.scores)) {
      const cell = new RegExp(`data-version="original" data-score="${key}">\\s*([^<]+?)\\s*<`).exec(html)
      expect(cell?.[1], key).toBe(value === null ? 'not scored' : value.toFixed(1))
    }
    expect(html).toContain(api.explanation.audience)
    const marked = [...html.matchAll(/class="sentence (hard|very-hard)"/g)].length
    expect(marked).toBe(api.sentences.filter((sentence) => sentence.hard).length)
  })

  it('the CLI --json prints the report of the API', async () => {
    const {stdout, code} = await cli(seedPath, '--json')
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as Report
    expect(report.counts).toEqual(api.counts)
    expect(report.scores).toEqual(api.scores)
    expect(report.sentences).toEqual(api.sentences)
  })

  it('POST /api/analyze scores the article body like the article', async () => {
    const body = splitFrontMatter(await readFile(seedPath, 'utf8')).body
    for (const type of ['text/markdown', 'text/plain']) {
      const response = await app.request('/api/analyze', {method: 'POST', headers: {'content-type': type}, body})
      expect(response.status, type).toBe(200)
      const report = (await response.json()) as Report
      expect(report.counts).toEqual(api.counts)
      expect(report.scores).toEqual(api.scores)
      expect(report.sentences.map((sentence) => sentence.grade)).toEqual(api.sentences.map((sentence) => sentence.grade))
    }
    const json = await app.request('/api/analyze', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({text: body})})
    expect(((await json.json()) as Report).scores).toEqual(api.scores)
  })

  it('POST /api/analyze: empty text is a 400 with a message; malformed text a valid report', async () => {
    const empty = await app.request('/api/analyze', {method: 'POST', headers: {'content-type': 'text/plain'}, body: ''})
    expect(empty.status).toBe(400)
    expect(((await empty.json()) as {message: string}).message).toMatch(/\w/)
    for (const text of ['!!! ???', '😀 🎉 👍🏽', 'مرحبا بالعالم. هذا نص.', 'x'.repeat(200_000)]) {
      const response = await app.request('/api/analyze', {method: 'POST', headers: {'content-type': 'text/plain'}, body: text})
      expect(response.status, text.slice(0, 10)).toBeLessThan(500)
      const raw = await response.text()
      expect(raw).not.toMatch(/NaN|Infinity/)
    }
  })
})

describe('the CLI for editors', () => {
  it('prints file:line:column for each hard sentence, then the scores', async () => {
    const {stdout, code} = await cli(seedPath)
    expect(code).toBe(0)
    const hard = api.sentences.filter((sentence) => sentence.hard).length
    const lines = stdout.split('\n').filter((line) => /^\s*\d+:\d+\s+warning\s+Unexpected (very )?hard sentence/.test(line))
    expect(lines).toHaveLength(hard)
    // Lines point into the file (the body starts after the front matter).
    expect(stdout).toContain(seedPath)
    const first = api.sentences.find((sentence) => sentence.hard)
    const fileLines = (await readFile(seedPath, 'utf8')).split('\n')
    const line = fileLines.findIndex((text) => first !== undefined && text.includes(first.text.slice(0, 30))) + 1
    expect(line).toBeGreaterThan(1)
    expect(lines[0]).toMatch(new RegExp(`^\\s*${line}:\\d+\\s`))
    expect(stdout).toMatch(new RegExp(`Flesch Reading Ease\\s+${api.scores.fleschReadingEase?.toFixed(1)}`))
    expect(stdout).toMatch(new RegExp(`Flesch–Kincaid grade\\s+${api.scores.fleschKincaidGrade?.toFixed(1)}`))
    expect(stdout.indexOf('Unexpected')).toBeLessThan(stdout.indexOf('Flesch Reading Ease'))
  })

  it('analyses a plain text file, takes --age, and fails clearly on empty or missing files', async () => {
    const file = path.join(scratch, 'notes.txt')
    await writeFile(file, 'The committee deliberated extensively regarding the organizational restructuring proposal. We ate.\n')
    const plain = await cli(file, '--json', '--age', '18')
    expect(plain.code).toBe(0)
    const report = JSON.parse(plain.stdout) as Report
    expect(report.targetAge).toBe(18)
    expect(report.counts.sentences).toBe(2)
    const text = await cli(file)
    expect(text.stdout).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    expect(text.stdout).toMatch(/1:1\s+warning\s+Unexpected (very )?hard sentence/)

    const empty = path.join(scratch, 'empty.md')
    await writeFile(empty, '  \n')
    const none = await cli(empty)
    expect(none.code).toBe(1)
    expect(none.stderr).toMatch(/no words to analyse/)
    const missing = await cli(path.join(scratch, 'missing.md'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/cannot read/)
    const bad = await cli(file, '--age', 'old')
    expect(bad.code).toBe(2)
  })
})
