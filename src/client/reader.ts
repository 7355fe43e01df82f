import {articleText, clearHighlight, highlightSentence, highlightWord, type HighlightMode} from './highlight.ts'
import {loadPosition, loadSettings, savePosition, saveSettings} from './store.ts'
import {primaryLanguage, waitForVoices} from './voices.ts'

/** How long to wait for a voice of the page's language before leaving the player hidden. */
const voiceTimeout = 10_000
/** How long an utterance may take to start before it is tried once more. */
const startTimeout = 8_000
/** Within this many milliseconds of a sentence's start, Previous goes back a sentence. */
const restartWindow = 2_000

type State = 'stopped' | 'playing' | 'paused'

/**
 * The sentences of the version on screen, in reading order: sentence elements in `main`,
 * leaving out hidden ones and those inside disclosures (the original text kept beside a
 * simpler version), of the level named in `?level=` when the page shows several.
 */
function shownSentences(): HTMLElement[] {
  const all = [...document.querySelectorAll<HTMLElement>('main [data-sentence]')].filter(
    (element) => !element.closest('details, [hidden], nav, aside, [data-module]')
  )
  const prefix = (element: HTMLElement) => (element.dataset['sentence'] ?? '').replace(/\d+$/, '')
  const level = new URLSearchParams(location.search).get('level')
  const wanted = level === 'original' ? 's' : level ? `${level}-` : undefined
  const chosen = all.some((element) => prefix(element) === wanted) ? wanted : all[0] && prefix(all[0])
  return all.filter((element) => prefix(element) === chosen)
}

/** Start the player in `root` once voices for the page's language are there. */
async function start(root: HTMLElement, synth: SpeechSynthesis): Promise<void> {
  const sentences = shownSentences()
  if (sentences.length === 0) return
  const lang = sentences[0]?.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang || 'en'
  const voices = await waitForVoices(synth, lang, voiceTimeout)
  if (voices.length === 0) return

  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)
  const play = $<HTMLButtonElement>('[data-action="play"]')
  const resume = $<HTMLButtonElement>('[data-action="resume"]')
  const status = $<HTMLElement>('[data-status]')
  const rateSelect = $<HTMLSelectElement>('[data-setting="rate"]')
  const voiceSelect = $<HTMLSelectElement>('[data-setting="voice"]')
  const highlightSelect = $<HTMLSelectElement>('[data-setting="highlight"]')
  if (!play || !resume || !status || !rateSelect || !voiceSelect || !highlightSelect) return

  const page = location.pathname + location.search
  const settings = loadSettings()
  const language = primaryLanguage(lang)
  let state: State = 'stopped'
  let index = 0
  let generation = 0
  let startedAt = 0
  let watchdog: ReturnType<typeof setTimeout> | undefined

  for (const voice of voices) voiceSelect.add(new Option(`${voice.name} (${voice.lang})`, voice.voiceURI))
  const setSelect = (select: HTMLSelectElement, value: string | undefined) => {
    if (value !== undefined && [...select.options].some((option) => option.value === value)) select.value = value
  }
  setSelect(rateSelect, settings.rate === undefined ? undefined : String(settings.rate))
  setSelect(voiceSelect, settings.voices?.[language])
  setSelect(highlightSelect, settings.highlight)
  const mode = () => highlightSelect.value as HighlightMode
  const store = () => {
    saveSettings({
      rate: Number(rateSelect.value),
      highlight: highlightSelect.value,
      voices: {...settings.voices, [language]: voiceSelect.value}
    })
  }

  const announce = (message: string) => {
    status.textContent = message
  }
  /**
   * While reading or paused the player may stay in view at the top (`.is-active`, sticky on
   * large screens); the page then scrolls focus and sentences clear of it (`scroll-padding-top`).
   */
  const markActive = () => {
    root.classList.toggle('is-active', state !== 'stopped')
    const sticky = getComputedStyle(root).position === 'sticky'
    document.documentElement.style.scrollPaddingTop = sticky ? `${root.offsetHeight + 8}px` : ''
  }
  const setState = (next: State, message: string) => {
    state = next
    markActive()
    play.textContent = next === 'playing' ? 'Pause' : 'Play'
    announce(message)
  }
  /** Invalidate every event of earlier utterances and silence the engine. Never `pause()`. */
  const silence = () => {
    generation++
    clearTimeout(watchdog)
    synth.cancel()
  }

  /** Speak `text` as one utterance; `onEnd` runs when it ends, unless it was cancelled. */
  const utter = (text: string, sentence: HTMLElement | undefined, onEnd: () => void, retried = false) => {
    silence()
    const mine = generation
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = lang
    utterance.rate = Number(rateSelect.value) || 1
    const voice = voices.find((candidate) => candidate.voiceURI === voiceSelect.value)
    if (voice) utterance.voice = voice
    const map = (sentence?.dataset['sayMap'] ?? '').split(',').filter(Boolean).map(Number)
    const current = () => mine === generation
    // Watchdog: an utterance that never starts is tried once more, one that never ends is skipped.
    const guard = (milliseconds: number, action: () => void) => {
      clearTimeout(watchdog)
      watchdog = setTimeout(() => current() && action(), milliseconds)
    }
    guard(startTimeout, () => {
      if (!retried) utter(text, sentence, onEnd, true)
      else {
        silence()
        setState('paused', 'Paused: the voice did not start. Press Play to try again.')
      }
    })
    utterance.onstart = () => {
      if (!current()) return
      startedAt = Date.now()
      guard(Math.max(15_000, (text.length * 200) / utterance.rate), () => {
        silence()
        onEnd()
      })
    }
    utterance.onboundary = (event) => {
      if (current() && sentence && mode() === 'word' && event.name !== 'sentence') highlightWord(sentence, map, event.charIndex)
    }
    utterance.onend = () => {
      if (!current()) return
      clearTimeout(watchdog)
      onEnd()
    }
    utterance.onerror = (event) => {
      if (!current() || event.error === 'interrupted' || event.error === 'canceled') return
      silence()
      setState('paused', 'Paused: the voice could not read this. Press Play to try again.')
    }
    synth.speak(utterance)
  }

  const finish = () => {
    silence()
    index = 0
    clearHighlight()
    savePosition(page, undefined)
    setState('stopped', 'Finished')
  }

  /** Read from sentence `at` to the end, one utterance per sentence. */
  const readFrom = (at: number) => {
    const sentence = sentences[at]
    if (!sentence) return finish()
    index = at
    savePosition(page, sentence.dataset['sentence'])
    highlightSentence(sentence, mode())
    if (state !== 'playing') setState('playing', 'Reading')
    utter(sentence.dataset['say'] ?? articleText(sentence), sentence, () => readFrom(index + 1))
  }

  /** Move to sentence `at` without reading (while paused or stopped). */
  const moveTo = (at: number) => {
    index = Math.max(0, Math.min(sentences.length - 1, at))
    const sentence = sentences[index]
    if (sentence) highlightSentence(sentence, mode() === 'off' ? 'off' : 'sentence')
    if (state === 'stopped') state = 'paused'
    markActive()
    announce(`Sentence ${index + 1} of ${sentences.length}`)
  }

  const actions: Record<string, () => void> = {
    play() {
      if (state === 'playing') {
        silence()
        setState('paused', 'Paused')
      } else readFrom(index)
    },
    stop() {
      silence()
      index = 0
      clearHighlight()
      savePosition(page, undefined)
      setState('stopped', 'Stopped')
    },
    next() {
      if (state === 'playing') readFrom(index + 1)
      else moveTo(index + 1)
    },
    previous() {
      const target = state === 'playing' && Date.now() - startedAt > restartWindow ? index : index - 1
      if (state === 'playing') readFrom(Math.max(0, target))
      else moveTo(target)
    },
    resume() {
      play.focus()
      resume.hidden = true
      readFrom(index)
    }
  }

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]')
    const action = button && actions[button.dataset['action'] ?? '']
    if (action) action()
  })
  root.addEventListener('keydown', (event) => {
    const inSelect = (event.target as Element).tagName === 'SELECT'
    let handled = true
    if (event.key === 'Escape') actions['stop']?.()
    else if (!event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || inSelect) handled = false
    else if (event.key === 'ArrowRight') actions['next']?.()
    else if (event.key === 'ArrowLeft') actions['previous']?.()
    else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const next = rateSelect.selectedIndex + (event.key === 'ArrowUp' ? 1 : -1)
      if (next >= 0 && next < rateSelect.options.length) {
        rateSelect.selectedIndex = next
        rateSelect.dispatchEvent(new Event('change', {bubbles: true}))
      }
    } else handled = false
    if (handled) event.preventDefault()
  })
  root.addEventListener('change', (event) => {
    store()
    if (event.target === highlightSelect) {
      const sentence = sentences[index]
      if (state === 'stopped' || !sentence) clearHighlight()
      else highlightSentence(sentence, mode())
      return
    }
    if (event.target === rateSelect) announce(`Speed ${rateSelect.value}×`)
    // A new speed or voice applies from the start of the sentence being read.
    if (state === 'playing') readFrom(index)
  })

  // "Listen from here": one button, placed after the sentence that was clicked or tapped.
  const here = document.createElement('button')
  here.type = 'button'
  here.className = 'listen-here'
  here.textContent = 'Listen from here'
  let hereIndex = 0
  here.addEventListener('click', () => readFrom(hereIndex))
  document.addEventListener('click', (event) => {
    const target = event.target as Element
    const sentence = target.closest<HTMLElement>('[data-sentence]')
    const at = sentence ? sentences.indexOf(sentence) : -1
    if (at < 0 || target.closest('a, button, summary') || !getSelection()?.isCollapsed) return
    hereIndex = at
    sentence?.after(here)
  })

  // "Hear this" in the glossary: one utterance; reading pauses and can go on with Play.
  // Delegated, so copies of the button (a glossary popover) work too.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.hear[data-hear]')) button.hidden = false
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button.hear[data-hear]')
    if (!button) return
    clearHighlight()
    // Reading pauses at its sentence; when nothing was being read, the player stays as it was.
    if (state === 'playing') setState('paused', 'Reading the definition')
    else announce('Reading the definition')
    utter(button.dataset['hear'] ?? '', undefined, () => announce('Finished'))
  })

  const saved = loadPosition(page)
  const savedIndex = sentences.findIndex((sentence) => sentence.dataset['sentence'] === saved)
  if (savedIndex > 0) {
    index = savedIndex
    state = 'paused'
    resume.textContent = `Resume from sentence ${savedIndex + 1} of ${sentences.length}`
    resume.hidden = false
  }
  addEventListener('pagehide', () => synth.cancel())
  root.hidden = false
  // Tells other scripts (and styles) that speech works here: `html[data-speech="ready"]`.
  document.documentElement.dataset['speech'] = 'ready'
}

const root = document.querySelector<HTMLElement>('[data-module="player"]')
const synth = 'speechSynthesis' in globalThis ? globalThis.speechSynthesis : undefined
if (root && synth && typeof SpeechSynthesisUtterance === 'function') void start(root, synth)
