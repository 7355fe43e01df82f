import type {Page} from 'playwright-core'

/** A voice the stub offers. */
export interface StubVoice {
  name: string
  lang: string
  localService?: boolean
  default?: boolean
}

/** How the stub `speechSynthesis` behaves. */
export interface StubOptions {
  /** Voices `getVoices()` returns; `null` removes `speechSynthesis` from the page altogether. */
  voices: StubVoice[] | null
  /** Milliseconds before the voices appear (announced with `voiceschanged`); 0 = at once. */
  voicesDelay?: number
}

/** One event the stub saw or sent, in order. */
export interface StubEvent {
  type: 'speak' | 'start' | 'boundary' | 'end' | 'error' | 'cancel' | 'pause' | 'resume'
  text?: string
  rate?: number
  voice?: string | null
  lang?: string
  charIndex?: number
  error?: string
}

/** What tests call in the page as `window.__speech`. */
export interface StubControl {
  log: StubEvent[]
  /** Texts of every `speak()` call, in order. */
  spoken: () => string[]
  /** Text of the utterance the engine is on, if any. */
  current: () => string | undefined
  start: () => void
  /** The next word boundary of the current utterance; false when there is none left. */
  boundary: () => boolean
  end: () => void
  /** start, a boundary per word, end. */
  finish: () => void
  /** Fire a late event on the last cancelled utterance, as a real engine sometimes does. */
  stale: (type: 'start' | 'end' | 'boundary') => void
}

/**
 * Replace `speechSynthesis` and `SpeechSynthesisUtterance` in every document of `page`
 * with a steppable stub: `speak()` queues, and the test emits `start`, one `boundary` per
 * word and `end` through `window.__speech`. `cancel()` sends `error` with `interrupted`
 * to the current utterance synchronously (queued ones get nothing), as Chrome does.
 */
export async function installSpeechStub(page: Page, options: StubOptions): Promise<void> {
  // Some TypeScript loaders (tsx) wrap named functions in `__name()`: give the page a no-op one.
  await page.addInitScript({content: 'globalThis.__name ??= (target) => target;'})
  await page.addInitScript((stub: StubOptions) => {
    const w = window as unknown as Record<string, unknown>
    if (stub.voices === null) {
      Object.defineProperty(window, 'speechSynthesis', {value: undefined, configurable: true})
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: undefined, configurable: true})
      return
    }
    type Utterance = EventTarget & Record<string, unknown> & {text: string}
    const log: StubEvent[] = []
    const queue: Utterance[] = []
    const cancelled: Utterance[] = []
    let words: RegExpExecArray[] = []
    const voices = stub.voices.map((voice) => ({
      voiceURI: `stub:${voice.name}`,
      localService: true,
      default: false,
      ...voice
    }))
    let ready = !stub.voicesDelay
    const fire = (utterance: Utterance, type: string, extra: Record<string, unknown> = {}) => {
      const event = new Event(type)
      for (const [key, value] of Object.entries({utterance, charIndex: 0, charLength: 0, elapsedTime: 0, name: '', ...extra})) {
        Object.defineProperty(event, key, {value})
      }
      utterance.dispatchEvent(event)
      const handler = utterance[`on${type}`]
      if (typeof handler === 'function') handler.call(utterance, event)
    }
    class StubUtterance extends EventTarget {
      text: string
      lang = ''
      voice: unknown = null
      rate = 1
      pitch = 1
      volume = 1
      onstart: unknown = null
      onend: unknown = null
      onerror: unknown = null
      onboundary: unknown = null
      onpause: unknown = null
      onresume: unknown = null
      onmark: unknown = null
      constructor(text = '') {
        super()
        this.text = text
      }
    }
    const synth = new EventTarget() as EventTarget & Record<string, unknown>
    Object.assign(synth, {
      onvoiceschanged: null,
      getVoices: () => (ready ? voices : []),
      speak(utterance: Utterance) {
        const voice = utterance['voice'] as {name?: string} | null
        log.push({type: 'speak', text: utterance.text, rate: utterance['rate'] as number, voice: voice?.name ?? null, lang: utterance['lang'] as string})
        queue.push(utterance)
        if (queue.length === 1) words = [...utterance.text.matchAll(/\S+/g)]
      },
      cancel() {
        log.push({type: 'cancel'})
        const current = queue[0]
        cancelled.push(...queue)
        queue.length = 0
        if (current) {
          log.push({type: 'error', text: current.text, error: 'interrupted'})
          fire(current, 'error', {error: 'interrupted'})
        }
      },
      pause() {
        log.push({type: 'pause'})
      },
      resume() {
        log.push({type: 'resume'})
      }
    })
    Object.defineProperties(synth, {
      speaking: {get: () => queue.length > 0},
      pending: {get: () => queue.length > 1},
      paused: {get: () => false}
    })
    Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true})
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: StubUtterance, configurable: true})
    if (!ready) {
      setTimeout(() => {
        ready = true
        const event = new Event('voiceschanged')
        synth.dispatchEvent(event)
        const handler = synth['onvoiceschanged']
        if (typeof handler === 'function') handler.call(synth, event)
      }, stub.voicesDelay)
    }
    const control: StubControl = {
      log,
      spoken: () => log.filter((event) => event.type === 'speak').map((event) => event.text ?? ''),
      current: () => queue[0]?.text,
      start() {
        const current = queue[0]
        if (!current) throw new Error('Nothing to start: speak() was not called')
        log.push({type: 'start', text: current.text})
        fire(current, 'start')
      },
      boundary() {
        const current = queue[0]
        const word = words.shift()
        if (!current || !word) return false
        log.push({type: 'boundary', text: current.text, charIndex: word.index})
        fire(current, 'boundary', {name: 'word', charIndex: word.index, charLength: word[0].length})
        return true
      },
      end() {
        const current = queue.shift()
        if (!current) throw new Error('Nothing to end')
        log.push({type: 'end', text: current.text})
        const next = queue[0]
        words = next ? [...next.text.matchAll(/\S+/g)] : []
        fire(current, 'end')
      },
      stale(type) {
        const late = cancelled.at(-1)
        if (!late) throw new Error('No cancelled utterance')
        fire(late, type, type === 'boundary' ? {name: 'word', charIndex: 0, charLength: 1} : {})
      },
      finish() {
        control.start()
        while (control.boundary()) {
          // one boundary per word
        }
        control.end()
      }
    }
    w['__speech'] = control
  }, options)
}
