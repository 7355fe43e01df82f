/**
 * Worker thread entry (Node only): analyses texts sent by `analysis-pool.ts`, one at a time,
 * so a long analysis never blocks the thread that serves requests.
 */
import {parentPort} from 'node:worker_threads'
import {analyze, type TextInput} from '../report/analyze.ts'

/** A job from the pool. */
export interface AnalysisJob {
  readonly id: number
  readonly input: TextInput
}

/** What the worker answers: `ready` once warm, then one message per job. */
export type AnalysisAnswer =
  | {readonly ready: true}
  | {readonly id: number; readonly report: ReturnType<typeof analyze>}
  | {readonly id: number; readonly error: string}

const port = parentPort
if (port) {
  // Warm up: load the word lists and compile the pipeline before the first real job.
  analyze({slug: 'warm-up', title: 'Warm up', lang: 'en', markdown: 'The minister said the plan would cost 3 million dollars.'})
  port.on('message', (job: AnalysisJob) => {
    let answer: AnalysisAnswer
    try {
      answer = {id: job.id, report: analyze(job.input)}
    } catch (error) {
      answer = {id: job.id, error: error instanceof Error ? error.name + ': ' + error.message : 'analysis failed'}
    }
    port.postMessage(answer)
  })
  port.postMessage({ready: true} satisfies AnalysisAnswer)
}
