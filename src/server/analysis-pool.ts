import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {AnalysisUnavailable, type TextAnalyzer} from '../http/text-analyzer.ts'
import type {TextInput} from '../report/analyze.ts'
import type {Report} from '../report/report.ts'
import type {AnalysisAnswer} from './analysis-worker.ts'

/** Options of {@link createAnalysisPool}. */
export interface AnalysisPoolOptions {
  /** Most analyses waiting for the worker (default 8); more → `analysis_busy`. */
  readonly maxQueue?: number
}

/** An analyzer that runs on a worker thread, and how to stop it. */
export interface AnalysisPool {
  readonly analyze: TextAnalyzer
  /** Start the worker now rather than on the first analysis; resolves once it is warm. */
  readonly warm: () => Promise<void>
  /** Stop the worker; waiting analyses fail as `analysis_busy`. */
  readonly close: () => Promise<void>
}

interface Job {
  readonly id: number
  readonly input: Readonly<TextInput>
  /**
   * `performance.now()` by which the worker must have taken the job, else `analysis_busy`;
   * pushed back when a worker becomes ready, so starting a worker never counts against a text.
   */
  deadline: number
  readonly timeoutMs: number
  readonly resolve: (report: Report) => void
  readonly reject: (error: Error) => void
}

const require = createRequire(import.meta.url)

/**
 * The worker's bootstrap: register tsx's loader in the worker (Node 20 does not pass the
 * parent's loader hooks on), then import the TypeScript worker module.
 */
const tsxApi = new URL('dist/esm/api/index.mjs', pathToFileURL(require.resolve('tsx/package.json'))).href
const bootstrap = `import(${JSON.stringify(tsxApi)})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./analysis-worker.ts', import.meta.url).href)}) })`

/**
 * Run analyses on one worker thread (Node only), one at a time, in order.
 *
 * Each analysis has `timeoutMs` on the worker; when the running one passes it, the worker is
 * terminated (freeing the core at once), the analysis fails as `analysis_timeout`, and a fresh
 * worker starts for the rest. An analysis that waited `timeoutMs` for the worker to take it
 * (while it was busy with others: starting a worker does not count) fails as `analysis_busy`.
 * The thread serving HTTP is never blocked. A worker that dies before it is ready fails the waiting analyses and is started
 * again only by the next one, so a broken worker can never spin.
 *
 * Returns the pool: its `analyze` is a {@link TextAnalyzer} for `createApp`.
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const maxQueue = options.maxQueue ?? 8
  const queue: Job[] = []
  const readyWaiters: (() => void)[] = []
  let worker: Worker | undefined
  let ready = false
  let running: Job | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let nextId = 1
  let closed = false

  const start = () => {
    ready = false
    const current = new Worker(bootstrap, {eval: true, execArgv: [], stdout: false, stderr: false})
    worker = current
    current.unref()
    current.on('message', (answer: AnalysisAnswer) => {
      if (worker !== current) return
      if ('ready' in answer) {
        ready = true
        const now = performance.now()
        for (const job of queue) job.deadline = Math.max(job.deadline, now + job.timeoutMs)
        for (const waiter of readyWaiters.splice(0)) waiter()
        pump()
        return
      }
      const job = running
      if (!job || job.id !== answer.id) return
      finish()
      if ('report' in answer) job.resolve(answer.report)
      else job.reject(new Error(answer.error))
      pump()
    })
    const died = (error: Error) => {
      if (worker !== current) return
      worker = undefined
      const job = running
      finish()
      job?.reject(error)
      if (!ready) {
        // It never started: fail everything waiting rather than retry in a loop.
        for (const waiting of queue.splice(0)) waiting.reject(error)
        for (const waiter of readyWaiters.splice(0)) waiter()
        return
      }
      if (!closed && queue.length > 0) start()
    }
    current.on('error', died)
    current.on('exit', () => died(new Error('The analysis worker stopped.')))
  }

  const finish = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    running = undefined
  }

  const pump = () => {
    if (closed) return
    if (!worker) {
      if (queue.length > 0) start()
      return
    }
    if (!ready || running) return
    for (;;) {
      const job = queue.shift()
      if (!job) return
      if (job.deadline < performance.now()) {
        job.reject(new AnalysisUnavailable('analysis_busy'))
        continue
      }
      running = job
      const current = worker
      timer = setTimeout(() => {
        if (running !== job) return
        finish()
        job.reject(new AnalysisUnavailable('analysis_timeout'))
        // Stop the work now; a fresh worker takes the rest of the queue.
        worker = undefined
        void current.terminate()
        pump()
      }, job.timeoutMs)
      current.postMessage({id: job.id, input: job.input})
      return
    }
  }

  return {
    analyze: (input, {timeoutMs}) =>
      new Promise<Report>((resolve, reject) => {
        if (closed || queue.length >= maxQueue) {
          reject(new AnalysisUnavailable('analysis_busy'))
          return
        }
        queue.push({id: nextId++, input, deadline: performance.now() + timeoutMs, timeoutMs, resolve, reject})
        pump()
      }),
    warm: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve()
        if (!worker) start()
        if (ready) return resolve()
        readyWaiters.push(resolve)
      }),
    close: async () => {
      closed = true
      finish()
      for (const job of queue.splice(0)) job.reject(new AnalysisUnavailable('analysis_busy'))
      for (const waiter of readyWaiters.splice(0)) waiter()
      const old = worker
      worker = undefined
      if (old) await old.terminate()
    }
  }
}

/** Path of the worker module, for messages and tests. */
export const analysisWorkerPath = fileURLToPath(new URL('./analysis-worker.ts', import.meta.url))
