import {join} from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from '../helpers/browser.ts'
import {serveApp} from '../helpers/serve-app.ts'
import {startVoiceStack, type VoiceStack} from '../helpers/voice-stack.ts'

// A real voice: speech-dispatcher + espeak-ng into a PulseAudio null sink, Chromium with
// --enable-speech-dispatcher and sound on. See /work/shared/guides/real-voice.md.

let stack: VoiceStack | undefined
let browser: Browser | undefined
let server: {url: string; close: () => Promise<void>} | undefined

beforeAll(async () => {
  stack = await startVoiceStack()
  server = await serveApp()
  browser = await launchChromium({
    headless: false,
    args: ['--headless=new', '--enable-speech-dispatcher', '--autoplay-policy=no-user-gesture-required'],
    ignoreDefaultArgs: ['--mute-audio'],
    env: stack.env
  })
}, 120_000)

afterAll(async () => {
  await browser?.close().catch(() => undefined)
  await server?.close().catch(() => undefined)
  await stack?.stop()
}, 60_000)

interface Heard {
  type: 'start' | 'end' | 'error' | 'boundary'
  text: string
  reading: string[]
  error?: string
}

describe('read aloud with a real voice', () => {
  it('voices appear; Play speaks the first three sentences in order, one start and one end each, highlighted, with sound', async () => {
    if (!browser || !server || !stack) throw new Error('setup failed')
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    // Watch every utterance the player hands to the real engine.
    await page.addInitScript(() => {
      const heard: Heard[] = []
      ;(window as unknown as {__heard: Heard[]}).__heard = heard
      const speak = speechSynthesis.speak.bind(speechSynthesis)
      speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        for (const type of ['start', 'end', 'error', 'boundary'] as const) {
          utterance.addEventListener(type, (event) => {
            heard.push({
              type,
              text: utterance.text,
              reading: [...document.querySelectorAll('.is-reading')].map((element) => element.id),
              ...(type === 'error' ? {error: (event as SpeechSynthesisErrorEvent).error} : {})
            })
          })
        }
        speak(utterance)
      }
    })
    await page.goto(`${server.url}/articles/kazakhstan-russian-alliance-troops?level=original`)
    await page.locator('[data-module="player"]').waitFor({state: 'visible', timeout: 30_000})
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBeGreaterThan(0)
    expect(await page.locator('[data-setting="voice"] option').count()).toBeGreaterThan(0)

    const lines = await page.$$eval('main [data-sentence]', (elements) =>
      elements.slice(0, 3).map((element) => {
        // The speech script's form, or the article's own words (not the expansions the page adds).
        const copy = element.cloneNode(true) as HTMLElement
        for (const added of copy.querySelectorAll('[data-added]')) added.remove()
        return {id: element.id, say: (element as HTMLElement).dataset['say'] ?? copy.textContent ?? ''}
      })
    )
    const wav = join(stack.dir, 'heard.wav')
    const stopRecording = await stack.record(wav)
    await page.click('[data-action="play"]')
    const ends = () => page.evaluate(() => (window as unknown as {__heard: Heard[]}).__heard.filter((event) => event.type === 'end').length)
    await expect.poll(ends, {timeout: 120_000, interval: 250}).toBeGreaterThanOrEqual(3)
    await page.click('[data-action="stop"]')
    await stopRecording()

    const heard = await page.evaluate(() => (window as unknown as {__heard: Heard[]}).__heard)
    const startsAndEnds = heard.filter((event) => event.type === 'start' || event.type === 'end').slice(0, 6)
    expect(startsAndEnds.map(({type, text}) => ({type, text}))).toEqual(
      lines.flatMap((line) => [
        {type: 'start', text: line.say},
        {type: 'end', text: line.say}
      ])
    )
    // espeak-ng sends no word boundaries: the sentence is highlighted all the same.
    for (const [index, line] of lines.entries()) expect(startsAndEnds[index * 2]?.reading).toEqual([line.id])
    expect(heard.filter((event) => event.type === 'error' && event.error !== 'interrupted')).toEqual([])
    const rms = await stack.rmsAmplitude(wav)
    console.info(`real voice: ${heard.filter((event) => event.type === 'boundary').length} boundary events, RMS amplitude ${rms}`)
    expect(rms).toBeGreaterThan(0.005)
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)
})
