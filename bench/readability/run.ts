/**
 * `npm run bench:readability`: time the readability stage (parse → sentence model →
 * readability plugin) and `scoreText` on texts of 1,000, 10,000 and 100,000 words built
 * from the seed article, warm, and print CPU milliseconds and microseconds a word, so that
 * linear cost shows as a flat µs/word column. Writes `bench/readability/results.json`.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import readability from '../../src/pipeline/readability.ts'
import sentenceModel from '../../src/pipeline/sentence-model.ts'
import {scoreText} from '../../src/readability/score-text.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const seed = await readFile(`${root}content/kazakhstan-russian-alliance-troops.md`, 'utf8')
const paragraphs = seed.split(/^---$/m).slice(2).join('---').trim().split(/\n\s*\n/)

/** Whole paragraphs of the seed, repeated, until the text has about `words` words. */
function textOf(words: number): string {
  const out: string[] = []
  let count = 0
  for (let index = 0; count < words; index++) {
    const paragraph = paragraphs[index % paragraphs.length] ?? ''
    out.push(paragraph)
    count += paragraph.split(/\s+/).length
  }
  return out.join('\n\n')
}

const stage = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(sentenceModel).use(readability).freeze()

/**
 * Median CPU time (user + system) of `runs` calls, in ms: on a shared machine, wall time
 * mostly measures the other processes; CPU time measures this work.
 */
function time(runs: number, task: () => void): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage()
    task()
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

const results: {words: number; stageMs: number; scoreTextMs: number; stageUsPerWord: number}[] = []
for (const size of [1_000, 10_000, 100_000]) {
  const text = textOf(size)
  const runStage = () => {
    const file = new VFile({value: text, data: {input: {slug: 'bench', title: 'Bench', lang: 'en', markdown: text}}})
    stage.runSync(stage.parse(file), file)
    if (!file.data.readability) throw new Error('no readability data')
  }
  const runs = size >= 100_000 ? 3 : 15
  for (let warm = 0; warm < (size >= 100_000 ? 1 : 10); warm++) runStage()
  const words = scoreText(text).counts.words
  const stageMs = time(runs, runStage)
  // Two texts in turn: scoreText keeps the words of the text it scored last (a version is scored
  // with and without names in a row), and the bench must time the work, not that shortcut.
  const other = `${text}\n\nOne more sentence.`
  let turn = 0
  const scoreTextMs = time(runs, () => scoreText(turn++ % 2 === 0 ? text : other))
  results.push({words, stageMs, scoreTextMs, stageUsPerWord: (1000 * stageMs) / words})
}

console.log('words    stage ms   scoreText ms   stage µs/word   (CPU time, median)')
for (const row of results) {
  console.log(
    `${String(row.words).padStart(7)}  ${row.stageMs.toFixed(1).padStart(9)}  ${row.scoreTextMs.toFixed(1).padStart(13)}  ${row.stageUsPerWord.toFixed(1).padStart(14)}`
  )
}
await writeFile(`${root}bench/readability/results.json`, `${JSON.stringify(results, null, 2)}\n`)
