import {readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import {unified, type Plugin, type Transformer} from 'unified'
import {VFile} from 'vfile'
import {splitFrontMatter} from '../src/content/front-matter.ts'
import {countTextSize} from '../src/http/text-caps.ts'
import {processor} from '../src/pipeline/processor.ts'
import {analyze} from '../src/report/analyze.ts'

/** The seed article's body, the material every bench input is made of. */
export function seedBody(): string {
  const path = new URL('../content/kazakhstan-russian-alliance-troops.md', import.meta.url)
  return splitFrontMatter(readFileSync(path, 'utf8')).body.trim()
}

/**
 * A text of at least `words` words made from the seed article: its paragraphs repeated, each
 * round rotated and with its digits shifted, so no two rounds are the same text.
 *
 * Returns the Markdown.
 */
export function benchText(words: number): string {
  const paragraphs = seedBody().split(/\n{2,}/)
  const out: string[] = []
  let count = 0
  for (let round = 0; count < words; round++) {
    for (let index = 0; index < paragraphs.length && count < words; index++) {
      const paragraph = (paragraphs[(index + round) % paragraphs.length] ?? '').replace(/\d/g, (digit) => String((Number(digit) + round) % 10))
      out.push(paragraph)
      count += countTextSize(paragraph).words
    }
  }
  return out.join('\n\n')
}

/** One size's cost: words analysed, the median time of the timed runs, and per word. */
export interface AnalysisCost {
  readonly targetWords: number
  readonly words: number
  readonly runs: number
  /** Median wall-clock time of one analysis, ms. */
  readonly medianMs: number
  /**
   * Median CPU time of one analysis (user + system of this process), ms: what the analysis costs
   * on an idle core, and far steadier than wall-clock time on a shared machine.
   */
  readonly medianCpuMs: number
  /** Median CPU time per word, µs (the figure the linearity check uses). */
  readonly microsecondsPerWord: number
  /** Median wall-clock time per word, µs. */
  readonly wallMicrosecondsPerWord: number
  /** Median time of each pipeline stage (parse, then each plugin by name), ms. */
  readonly stagesMs: Record<string, number>
}

/** The time of each plugin of the processor on `text`, by plugin name, plus `parse`. */
function stageTimes(text: string): Record<string, number> {
  const times: Record<string, number> = {}
  const timed = unified()
  for (const [plugin, ...options] of processor.attachers) {
    const name = plugin.name || 'anonymous'
    const wrapped: Plugin<unknown[], Root> = function (this: unknown, ...args: unknown[]) {
      const transformer = (plugin as (...parameters: unknown[]) => Transformer | undefined).apply(this, args)
      if (typeof transformer !== 'function') return undefined
      return (tree: Root, file: VFile) => {
        const start = performance.now()
        const result = (transformer as unknown as (tree: Root, file: VFile) => unknown)(tree, file)
        times[name] = (times[name] ?? 0) + performance.now() - start
        return result as undefined
      }
    }
    Object.defineProperty(wrapped, 'name', {value: name})
    timed.use(wrapped, ...options)
  }
  const file = new VFile({value: text, data: {input: {slug: 'bench', title: 'Bench', lang: 'en', markdown: text}}})
  const start = performance.now()
  const tree = timed.parse(file)
  times['parse'] = performance.now() - start
  timed.runSync(tree, file)
  return times
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * Measure `analyze()` on a text of `words` words: `warmups` untimed runs, then the median of
 * `runs` timed ones; then `stageRuns` stage-by-stage runs (the last one counts; 0 for none).
 *
 * Returns the cost.
 */
export function measureAnalysis(words: number, runs: number, warmups: number, stageRuns = 2): AnalysisCost {
  const markdown = benchText(words)
  const input = {slug: 'bench', title: 'Bench', lang: 'en', markdown}
  let counted = 0
  for (let run = 0; run < warmups; run++) counted = analyze(input).wordCount
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    counted = analyze(input).wordCount
    const used = process.cpuUsage(cpu)
    times.push(performance.now() - start)
    cpuTimes.push((used.user + used.system) / 1000)
  }
  const medianMs = median(times)
  const medianCpuMs = median(cpuTimes)
  // Stage by stage on a processor of its own (its first run is cold, so the last run counts).
  let stages: Record<string, number> = {}
  for (let run = 0; run < stageRuns; run++) stages = stageTimes(markdown)
  return {
    targetWords: words,
    words: counted,
    runs,
    medianMs: round(medianMs),
    medianCpuMs: round(medianCpuMs),
    microsecondsPerWord: round((medianCpuMs * 1000) / counted),
    wallMicrosecondsPerWord: round((medianMs * 1000) / counted),
    stagesMs: Object.fromEntries(Object.entries(stages).map(([name, ms]) => [name, round(ms)]))
  }
}

/** A number to two decimals. */
export function round(value: number): number {
  return Math.round(value * 100) / 100
}
