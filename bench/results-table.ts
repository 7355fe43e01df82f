/**
 * Print `bench/results.json` as the Markdown tables of the README's bench section:
 * `node --import tsx bench/results-table.ts`.
 */
import {readFileSync} from 'node:fs'

interface Results {
  date: string
  machine: {node: string; cpus: number; cpu: string; load1m: Record<string, number>}
  analysis: {words: number; medianCpuMs: number; medianMs: number; microsecondsPerWord: number; stagesMs: Record<string, number>}[]
  analysisGrowth100kOver1k: number | null
  http: {route: string; ratio: number; real: {requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number}; bare: {requestsPerSecond: number; p99Ms: number}}[]
  bytes: Record<string, {identity: number; gzip: number; br: number}>
  memory: {beforeMb: number; afterMb: number; growthPercent: number; beforeAfterGcMb: number; afterAfterGcMb: number; growthAfterGcPercent: number; errors: number}
  acceptance: Record<string, boolean | null>
}

const results = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8')) as Results
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`
const lines: string[] = []
lines.push(`Run of ${results.date.slice(0, 16).replace('T', ' ')} UTC, Node ${results.machine.node}, ${results.machine.cpus} cores (${results.machine.cpu}); machine load (1-minute average) ${Object.values(results.machine.load1m).join(' / ')} while the parts ran.`, '')
lines.push(row(['words', 'CPU ms', 'wall ms', 'CPU µs/word', 'slowest stages (wall ms)']), row(['---:', '---:', '---:', '---:', '---']))
for (const cost of results.analysis) {
  const stages = Object.entries(cost.stagesMs).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, ms]) => `${name} ${ms}`).join(', ')
  lines.push(row([cost.words.toLocaleString('en'), cost.medianCpuMs, cost.medianMs, cost.microsecondsPerWord, stages || '—']))
}
lines.push('', `Per-word cost of 100k words ÷ 1k words: **${results.analysisGrowth100kOver1k ?? 'not measured'}** (1 is linear).`, '')
lines.push(row(['route (50 connections, 10 s)', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'bare route req/s', 'bare p99 ms', 'ratio']), row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']))
for (const entry of results.http) {
  lines.push(row([entry.route, entry.real.requestsPerSecond, entry.real.p50Ms, entry.real.p99Ms, entry.real.errors + entry.real.non2xx, entry.bare.requestsPerSecond, entry.bare.p99Ms, `**${entry.ratio}**`]))
}
lines.push('', row(['resource', 'bytes', 'gzip', 'br']), row(['---', '---:', '---:', '---:']))
for (const [name, size] of Object.entries(results.bytes)) lines.push(row([name, size.identity, size.gzip, size.br]))
const memory = results.memory
lines.push('', `RSS over 20,000 requests: ${memory.beforeMb} → ${memory.afterMb} MB (${memory.growthPercent} %); after a full collection ${memory.beforeAfterGcMb} → ${memory.afterAfterGcMb} MB (${memory.growthAfterGcPercent} %); ${memory.errors} errors.`, '')
lines.push(row(['acceptance', 'met']), row(['---', '---']))
for (const [name, met] of Object.entries(results.acceptance)) lines.push(row([name, met === null ? 'not measured' : met ? 'yes' : '**no**']))
console.log(lines.join('\n'))
