import {execFile, spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

/** A running audio and speech stack for a real voice in headless Chromium. */
export interface VoiceStack {
  /** Environment every client of the stack (Chromium, pactl, parecord) must run with. */
  readonly env: NodeJS.ProcessEnv
  /** Name of the null sink everything plays into; record `<sink>.monitor`. */
  readonly sink: string
  /** Start recording the sink's monitor to a WAV file; the returned function stops it. */
  record: (file: string) => Promise<() => Promise<void>>
  /** Root mean square amplitude of a WAV file, per `sox … stat` (0 is silence). */
  rmsAmplitude: (file: string) => Promise<number>
  /** Scratch folder, removed by `stop`. */
  readonly dir: string
  /** Stop every process the stack started, by process id, and remove its folder. */
  stop: () => Promise<void>
}

/** Wait until `check` holds, polling; throws with `what` after `timeout` milliseconds. */
async function until(what: string, check: () => Promise<boolean> | boolean, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

/** Stop one child process by its id: SIGTERM, then SIGKILL if it lingers. */
async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(child.pid, signal)
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL')
  }, 5_000)
  await exited
  clearTimeout(timer)
}

/**
 * Start PulseAudio with a null sink as the default and speech-dispatcher (espeak-ng), each
 * with a private `XDG_RUNTIME_DIR` and `HOME`, as `/work/shared/guides/real-voice.md`
 * describes. Everything started here is stopped by process id in `stop()`, also when the
 * start fails half-way.
 *
 * Returns the running stack.
 */
export async function startVoiceStack(): Promise<VoiceStack> {
  const dir = await mkdtemp(join(tmpdir(), 'plainread-voice-'))
  const runtime = join(dir, 'run')
  const home = join(dir, 'home')
  await mkdir(runtime, {mode: 0o700})
  await mkdir(home)
  const env: NodeJS.ProcessEnv = {...process.env, XDG_RUNTIME_DIR: runtime, HOME: home}
  delete env['PULSE_SERVER']
  delete env['SPEECHD_ADDRESS']
  const sink = 'rec'
  const children: ChildProcess[] = []
  const logs: string[] = []
  const start = (command: string, args: string[]) => {
    const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout?.on('data', (chunk: Buffer) => logs.push(`${command}: ${chunk}`))
    child.stderr?.on('data', (chunk: Buffer) => logs.push(`${command}: ${chunk}`))
    child.on('error', (error) => logs.push(`${command}: ${error.message}`))
    children.push(child)
    return child
  }
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child)
    await rm(dir, {recursive: true, force: true})
  }

  try {
    start('pulseaudio', [
      '--daemonize=no',
      '--exit-idle-time=-1',
      '-n',
      '--load=module-native-protocol-unix',
      `--load=module-null-sink sink_name=${sink}`
    ])
    await until('PulseAudio', async () => {
      try {
        await run('pactl', ['info'], {env, timeout: 5_000})
        return true
      } catch {
        return false
      }
    })
    await run('pactl', ['set-default-sink', sink], {env, timeout: 5_000})
    start('speech-dispatcher', ['-s', '-t', '0'])
    await until('speech-dispatcher', () => existsSync(join(runtime, 'speech-dispatcher', 'speechd.sock')))
    // The daemon answers and speaks: without an audio sink this would hang.
    await run('spd-say', ['-w', 'ready'], {env, timeout: 30_000})
  } catch (error) {
    await stop()
    throw new Error(`The voice stack did not start: ${String(error)}\n${logs.join('')}`)
  }

  return {
    env,
    sink,
    dir,
    stop,
    async record(file) {
      const recorder = start('parecord', ['-d', `${sink}.monitor`, '--file-format=wav', file])
      await until('the recorder', () => existsSync(file))
      // SIGINT lets parecord finish the WAV header.
      return () => stopChild(recorder, 'SIGINT')
    },
    async rmsAmplitude(file) {
      // `sox … -n stat` prints to stderr.
      const {stderr} = await run('sox', [file, '-n', 'stat'], {env, timeout: 30_000})
      const match = /RMS\s+amplitude:\s+([\d.]+)/.exec(stderr)
      if (!match) throw new Error(`sox printed no RMS amplitude:\n${stderr}`)
      return Number(match[1])
    }
  }
}
