/**
 * `npm run bench`: analysis cost against size, HTTP throughput and latency beside a bare Hono
 * route, bytes on the wire, and memory over 20,000 requests. Prints a table and writes
 * `bench/results.json`. Everything runs on loopback, bounded in count and time, and stops by itself.
 *
 * `BENCH_SECONDS` shortens the HTTP runs (default 10); `BENCH_SKIP_100K=1` leaves out the
 * 100,000-word analysis (for a quick look; the README's figures come from a full run).
 */
import {writeFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {measureAnalysis, round, type AnalysisCost} from './analysis-cost.ts'
import {load, mix, startBenchServer, wireBytes, type LoadFigures} from './http-load.ts'

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10)
const connections = 50
const seed = 'kazakhstan-russian-alliance-troops'
const pages = {
  'article page': `/articles/${seed}`,
  'text-only page': `/articles/${seed}/text`,
  '/api/articles/:slug': `/api/articles/${seed}`
} as const

// 1. Analysis cost against size.
console.log('Analysis cost (analyze(), warm) …')
const analysisLoad = loadavg()[0] ?? 0
// Warm means the JIT has compiled the pipeline: 3 runs of 1,000 words left it still compiling
// (its threads count in the process's CPU time), so 20 runs come first.
const analysis: AnalysisCost[] = [measureAnalysis(1_000, 9, 20), measureAnalysis(10_000, 2, 1)]
if (process.env['BENCH_SKIP_100K'] !== '1') analysis.push(measureAnalysis(100_000, 1, 0, 0))
const perWord = (words: number) => analysis.find((cost) => cost.targetWords === words)?.microsecondsPerWord
const growth = perWord(100_000) !== undefined ? round((perWord(100_000) ?? 0) / (perWord(1_000) ?? 1)) : null

// 2. HTTP, side by side with the bare route.
console.log('Starting the bench server …')
const server = await startBenchServer([...Object.values(pages), '/assets/reader.js', '/assets/site.css'])
const http: {route: string; real: LoadFigures; bare: LoadFigures; ratio: number}[] = []
let bytes: Record<string, Awaited<ReturnType<typeof wireBytes>>> = {}
let memory = {bootMb: 0, beforeMb: 0, afterMb: 0, growthPercent: 0, beforeAfterGcMb: 0, afterAfterGcMb: 0, growthAfterGcPercent: 0, requests: 20_000, errors: 0, non2xx: 0}
// The machine's load when each part ran: other work on a shared machine slows every figure.
const load1m: Record<string, number> = {analysis: round(analysisLoad)}
try {
  for (const [route, path] of Object.entries(pages)) {
    const copy = server.copies.find((entry) => entry.path === path)
    if (!copy) throw new Error(`No bare copy of ${path}`)
    console.log(`Load: ${route} (${connections} connections, ${seconds} s, then the bare route) …`)
    load1m[route] = round(loadavg()[0] ?? 0)
    await load(server.real + path, connections, 2)
    await load(server.bare + copy.bare, connections, 2)
    // Interleaved halves (real, bare, real, bare), so a change in the machine's load hits both sides alike.
    const halves: {real: LoadFigures[]; bare: LoadFigures[]} = {real: [], bare: []}
    for (let round_ = 0; round_ < 2; round_++) {
      halves.real.push(await load(server.real + path, connections, seconds / 2))
      halves.bare.push(await load(server.bare + copy.bare, connections, seconds / 2))
    }
    const real = combine(halves.real)
    const bare = combine(halves.bare)
    http.push({route, real, bare, ratio: round(real.requestsPerSecond / bare.requestsPerSecond)})
  }

  // 3. Bytes on the wire.
  bytes = {
    'article page': await wireBytes(server.real + pages['article page']),
    'text-only page': await wireBytes(server.real + pages['text-only page']),
    'reader.js': await wireBytes(server.real + '/assets/reader.js'),
    'site.css': await wireBytes(server.real + '/assets/site.css')
  }

  // 4. Memory over 20,000 requests of every kind (pages at each level, formats, API, assets, misses).
  const traffic = [
    '/', `/articles/${seed}`, `/articles/${seed}?level=original`, `/articles/${seed}?level=easy`, `/articles/${seed}/text`,
    `/articles/${seed}.txt`, `/articles/${seed}.md`, `/articles/${seed}/speech.ssml`, `/api/articles/${seed}`, '/api/articles',
    '/assets/site.css', '/assets/reader.js', '/text', '/read', '/no-such-page', '/api/nothing', `/articles/${seed}?level=nonsense`
  ]
  const mb = (bytes: number) => round(bytes / 2 ** 20)
  const boot = await server.rss()
  await mix(server.real, traffic, 2_000)
  const before = await server.rss()
  const run = await mix(server.real, traffic, 20_000)
  const after = await server.rss()
  memory = {
    bootMb: mb(boot.rss),
    beforeMb: mb(before.rss),
    afterMb: mb(after.rss),
    growthPercent: round(((after.rss - before.rss) / before.rss) * 100),
    beforeAfterGcMb: mb(before.rssAfterGc),
    afterAfterGcMb: mb(after.rssAfterGc),
    growthAfterGcPercent: round(((after.rssAfterGc - before.rssAfterGc) / before.rssAfterGc) * 100),
    requests: 20_000,
    errors: run.errors,
    // The mix asks for three missing pages on purpose: 3 of every 17 requests are 4xx.
    non2xx: run.non2xx
  }
} finally {
  server.stop()
}

/** Two halves of a run as one: mean throughput and p50, the worse p99, all errors. */
function combine(parts: readonly LoadFigures[]): LoadFigures {
  const mean = (pick: (figures: LoadFigures) => number) => round(parts.reduce((sum, part) => sum + pick(part), 0) / parts.length)
  return {
    requestsPerSecond: mean((part) => part.requestsPerSecond),
    p50Ms: mean((part) => part.p50Ms),
    p99Ms: Math.max(...parts.map((part) => part.p99Ms)),
    errors: parts.reduce((sum, part) => sum + part.errors, 0),
    non2xx: parts.reduce((sum, part) => sum + part.non2xx, 0),
    completed: parts.reduce((sum, part) => sum + part.completed, 0)
  }
}

const article = http.find((entry) => entry.route === 'article page')
const oneK = analysis.find((cost) => cost.targetWords === 1_000)
const acceptance = {
  articleThroughputAtLeast80PercentOfBare: article ? article.ratio >= 0.8 : false,
  articleP99Under25Ms: article ? article.real.p99Ms < 25 : false,
  articleZeroErrors: article ? article.real.errors === 0 && article.real.non2xx === 0 : false,
  analysisGrowthAtMost1_5: growth === null ? null : growth <= 1.5,
  oneThousandWordsUnder50Ms: oneK ? oneK.medianCpuMs < 50 : false,
  rssGrowthUnder10Percent: memory.growthPercent < 10 && memory.growthAfterGcPercent < 10
}

const results = {
  date: new Date().toISOString(),
  machine: {node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', load1m},
  settings: {connections, seconds},
  analysis,
  analysisGrowth100kOver1k: growth,
  http,
  bytes,
  memory,
  acceptance
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')

const table = (rows: (string | number)[][]) => {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length))) ?? []
  for (const row of rows) console.log(row.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join('  '))
  console.log('')
}
console.log('')
table([
  ['words', 'CPU ms', 'wall ms', 'CPU µs/word', 'slowest stages (wall ms)'],
  ...analysis.map((cost) => [
    cost.words,
    cost.medianCpuMs,
    cost.medianMs,
    cost.microsecondsPerWord,
    Object.entries(cost.stagesMs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name, ms]) => `${name} ${ms}`)
      .join(', ')
  ])
])
console.log(`Per-word cost, 100k ÷ 1k: ${growth ?? 'not measured'} (linear ≈ 1)\n`)
table([
  ['route', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'bare req/s', 'bare p99 ms', 'ratio'],
  ...http.map((entry) => [entry.route, entry.real.requestsPerSecond, entry.real.p50Ms, entry.real.p99Ms, entry.real.errors + entry.real.non2xx, entry.bare.requestsPerSecond, entry.bare.p99Ms, entry.ratio])
])
table([['resource', 'bytes', 'gzip bytes', 'br bytes'], ...Object.entries(bytes).map(([name, size]) => [name, size.identity, size.gzip, size.br])])
console.log(`RSS: ${memory.beforeMb} MB before, ${memory.afterMb} MB after 20,000 requests (${memory.growthPercent} %); after a full GC ${memory.beforeAfterGcMb} → ${memory.afterAfterGcMb} MB (${memory.growthAfterGcPercent} %); ${memory.errors} errors`)
console.log(`Machine load (1 min average) while each part ran: ${JSON.stringify(load1m)} on ${cpus().length} cores\n`)
table([['acceptance', 'met'], ...Object.entries(acceptance).map(([name, met]) => [name, String(met)])])
