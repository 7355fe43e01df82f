import type {Browser, BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations, launchChromium} from '../helpers/browser.ts'
import {serveApp} from '../helpers/serve-app.ts'
import {installSpeechStub, type StubControl, type StubOptions} from '../helpers/speech-stub.ts'

const seed = '/articles/kazakhstan-russian-alliance-troops'
const original = `${seed}?level=original`
const englishVoices: StubOptions = {
  voices: [
    {name: 'Alex', lang: 'en-US'},
    {name: 'Alex+croak', lang: 'en-US'},
    {name: 'Brit', lang: 'en-GB'},
    {name: 'Anna', lang: 'de-DE'}
  ],
  voicesDelay: 300
}

let browser: Browser
let server: {url: string; close: () => Promise<void>}

beforeAll(async () => {
  server = await serveApp()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A page with the stub installed, collecting console errors and page errors. */
async function open(path: string, options: StubOptions = englishVoices, context?: BrowserContext) {
  const page = await (context ?? browser).newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    // The browser's own favicon request is not the page's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} ${message.location().url}`)
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  await installSpeechStub(page, options)
  await page.goto(server.url + path)
  return {page, errors}
}

const speech = <T>(page: Page, run: (control: StubControl) => T) =>
  page.evaluate(`(${run.toString()})(window.__speech)`) as Promise<Awaited<T>>

/** What the server's speech script says for every sentence id of every version (`report.speech`). */
let script: Map<string, string>

/**
 * What the page should say for each sentence of the shown version, in order: the sentence
 * elements on screen (not the originals kept in "What changed?" disclosures), each with the
 * `say` of its line in the report's speech script.
 */
const expectedLines = async (page: Page) => {
  if (!script) {
    const report = await (await fetch(`${server.url}/api/articles/kazakhstan-russian-alliance-troops`)).json()
    const lines: {sentenceId: string; say: string}[] = [...report.speech.original, ...(report.speech.plain ?? []), ...(report.speech.easy ?? [])]
    script = new Map(lines.map((line) => [line.sentenceId, line.say]))
  }
  const ids = await page.$$eval('main [data-sentence]', (elements) =>
    elements.filter((element) => !element.closest('details, [hidden], nav, aside, [data-module]')).map((element) => element.id)
  )
  const prefix = (id: string) => id.replace(/\d+$/, '')
  return ids.filter((id) => prefix(id) === prefix(ids[0] ?? '')).map((id) => ({id, say: script.get(id) ?? `no speech line for ${id}`}))
}

const reading = (page: Page) => page.$$eval('.is-reading', (elements) => elements.map((element) => element.id))
const status = (page: Page) => page.locator('[data-status]').textContent()
const player = (page: Page) => page.locator('[data-module="player"]')

async function shown(page: Page) {
  await player(page).waitFor({state: 'visible'})
}

describe('read-aloud player with a stub speechSynthesis', () => {
  it('without speechSynthesis no player control appears and nothing errors', async () => {
    const {page, errors} = await open(original, {voices: null})
    await page.waitForTimeout(300)
    expect(await player(page).isHidden()).toBe(true)
    expect(await page.locator('button.hear:visible, .listen-here').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('without a voice for the page language no player control appears and nothing errors', async () => {
    const {page, errors} = await open(original, {voices: [{name: 'Anna', lang: 'de-DE'}], voicesDelay: 100})
    // The player waits 10 s for voices of the page's language, then gives up quietly.
    await page.waitForTimeout(10_800)
    expect(await player(page).isHidden()).toBe(true)
    expect(await page.locator('button.hear:visible').count()).toBe(0)
    await page.locator('#s3').click()
    expect(await page.locator('.listen-here').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it.each([original, seed, `${seed}?level=easy`])('appears on %s when voices arrive late, offering only the page language without variants; axe finds nothing', async (path) => {
    const {page, errors} = await open(path)
    await shown(page)
    const voices = await page.locator('[data-setting="voice"] option').allTextContents()
    expect(voices).toEqual(['Alex (en-US)', 'Brit (en-GB)'])
    expect(await axeViolations(page)).toEqual([])
    await page.click('[data-action="play"]')
    await speech(page, (s) => s.start())
    await speech(page, (s) => s.boundary())
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('a watchdog retries an utterance that never starts once, then pauses and says so', async () => {
    const {page, errors} = await open(original)
    await shown(page)
    const lines = await expectedLines(page)
    await page.click('[data-action="play"]')
    // The stub engine never starts: after 8 s the player tries again, after 8 more it gives up.
    await page.waitForTimeout(16_500)
    expect(await speech(page, (s) => s.spoken())).toEqual([lines[0]?.say, lines[0]?.say])
    expect(await status(page)).toBe('Paused: the voice did not start. Press Play to try again.')
    expect(await page.locator('[data-action="play"]').textContent()).toBe('Play')
    await page.click('[data-action="play"]')
    await speech(page, (s) => s.finish())
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    expect(errors).toEqual([])
    await page.close()
  })

  it('Play speaks every sentence of the shown version in order, one utterance each, highlighting the one spoken', async () => {
    for (const path of [original, seed]) {
      const {page, errors} = await open(path)
      await shown(page)
      const lines = await expectedLines(page)
      expect(lines.length).toBeGreaterThan(0)
      await page.click('[data-action="play"]')
      expect(await status(page)).toBe('Reading')
      expect(await page.locator('[data-action="play"]').textContent()).toBe('Pause')
      for (const [index, line] of lines.entries()) {
        expect(await speech(page, (s) => s.current())).toBe(line.say)
        expect(await reading(page)).toEqual([line.id])
        expect(await speech(page, (s) => s.spoken().length)).toBe(index + 1)
        await speech(page, (s) => s.finish())
      }
      expect(await speech(page, (s) => s.spoken())).toEqual(lines.map((line) => line.say))
      expect(await status(page)).toBe('Finished')
      expect(await reading(page)).toEqual([])
      expect(await speech(page, (s) => s.log.filter((event) => event.type === 'pause').length)).toBe(0)
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('play')
      expect(errors).toEqual([])
      await page.close()
    }
  })

  it('Pause then Play resumes at the same sentence, by mouse and by keyboard, without pause()', async () => {
    const {page} = await open(original)
    await shown(page)
    const lines = await expectedLines(page)
    await page.click('[data-action="play"]')
    await speech(page, (s) => s.finish())
    await speech(page, (s) => s.start())
    await page.click('[data-action="play"]')
    expect(await status(page)).toBe('Paused')
    expect(await speech(page, (s) => s.current())).toBeUndefined()
    await page.click('[data-action="play"]')
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    // Keyboard: the focused Play/Pause button with Space, then Enter.
    await page.focus('[data-action="play"]')
    await page.keyboard.press('Space')
    expect(await status(page)).toBe('Paused')
    await page.keyboard.press('Enter')
    expect(await status(page)).toBe('Reading')
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    expect(await reading(page)).toEqual([lines[1]?.id])
    expect(await speech(page, (s) => s.log.filter((event) => event.type === 'pause').length)).toBe(0)
    await page.close()
  })

  it('Next and Previous move by sentence by mouse and keyboard; Previous after 2 s restarts the sentence', async () => {
    const {page} = await open(original)
    await shown(page)
    const lines = await expectedLines(page)
    await page.click('[data-action="play"]')
    await speech(page, (s) => s.start())
    await page.click('[data-action="next"]')
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    expect(await reading(page)).toEqual([lines[1]?.id])
    await speech(page, (s) => s.start())
    await page.focus('[data-action="next"]')
    await page.keyboard.press('Enter')
    expect(await speech(page, (s) => s.current())).toBe(lines[2]?.say)
    await speech(page, (s) => s.start())
    await page.keyboard.press('Shift+ArrowRight')
    expect(await speech(page, (s) => s.current())).toBe(lines[3]?.say)
    await speech(page, (s) => s.start())
    // Within 2 s of the start: back one sentence.
    await page.keyboard.press('Shift+ArrowLeft')
    expect(await speech(page, (s) => s.current())).toBe(lines[2]?.say)
    await speech(page, (s) => s.start())
    await page.click('[data-action="previous"]')
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    await speech(page, (s) => s.start())
    // Outside the player the keys do nothing.
    await page.focus('main')
    await page.keyboard.press('Shift+ArrowRight')
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    // After 2 s: the same sentence again.
    await page.waitForTimeout(2_200)
    await page.click('[data-action="previous"]')
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    expect(await reading(page)).toEqual([lines[1]?.id])
    await page.close()
  })

  it('ignores late events of cancelled utterances (generation counter)', async () => {
    const {page} = await open(original)
    await shown(page)
    const lines = await expectedLines(page)
    await page.click('[data-action="play"]')
    await speech(page, (s) => s.start())
    await page.click('[data-action="next"]')
    await speech(page, (s) => s.start())
    // The first sentence's utterance was cancelled; its late end and boundary change nothing.
    await speech(page, (s) => s.stale('end'))
    await speech(page, (s) => s.stale('boundary'))
    expect(await speech(page, (s) => s.spoken().length)).toBe(2)
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    expect(await reading(page)).toEqual([lines[1]?.id])
    expect(await status(page)).toBe('Reading')
    await page.close()
  })

  it('Stop silences, clears the highlight and starts over, by mouse and by Escape', async () => {
    const {page} = await open(original)
    await shown(page)
    const lines = await expectedLines(page)
    await page.click('[data-action="play"]')
    await speech(page, (s) => s.finish())
    await speech(page, (s) => s.start())
    await page.click('[data-action="stop"]')
    expect(await status(page)).toBe('Stopped')
    expect(await speech(page, (s) => s.current())).toBeUndefined()
    expect(await reading(page)).toEqual([])
    await page.click('[data-action="play"]')
    expect(await speech(page, (s) => s.current())).toBe(lines[0]?.say)
    await page.focus('[data-action="next"]')
    await page.keyboard.press('Escape')
    expect(await status(page)).toBe('Stopped')
    expect(await speech(page, (s) => s.current())).toBeUndefined()
    await page.close()
  })

  it('Speed applies at once and is remembered; Shift+Up/Down change it from the keyboard', async () => {
    const {page} = await open(original)
    await shown(page)
    await page.click('[data-action="play"]')
    await speech(page, (s) => s.start())
    await page.selectOption('[data-setting="rate"]', '1.5')
    const last = () => speech(page, (s) => s.log.filter((event) => event.type === 'speak').at(-1))
    expect(await last()).toMatchObject({rate: 1.5})
    expect(await status(page)).toBe('Speed 1.5×')
    await page.focus('[data-action="play"]')
    await page.keyboard.press('Shift+ArrowUp')
    expect(await last()).toMatchObject({rate: 1.75})
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Shift+ArrowDown')
    expect(await last()).toMatchObject({rate: 1.25})
    await page.reload()
    await shown(page)
    expect(await page.locator('[data-setting="rate"]').inputValue()).toBe('1.25')
    await page.close()
  })

  it('Voice applies at once and is remembered for the language', async () => {
    const context = await browser.newContext()
    const {page} = await open(original, englishVoices, context)
    await shown(page)
    await page.click('[data-action="play"]')
    expect(await speech(page, (s) => s.log.at(-1))).toMatchObject({type: 'speak', voice: 'Alex', lang: 'en'})
    // By keyboard: the focused voice list, arrow down to the next voice.
    await page.focus('[data-setting="voice"]')
    await page.keyboard.press('ArrowDown')
    expect(await page.locator('[data-setting="voice"]').inputValue()).toBe('stub:Brit')
    expect(await speech(page, (s) => s.log.at(-1))).toMatchObject({type: 'speak', voice: 'Brit'})
    await page.selectOption('[data-setting="voice"]', {label: 'Alex (en-US)'})
    expect(await speech(page, (s) => s.log.at(-1))).toMatchObject({type: 'speak', voice: 'Alex'})
    await page.selectOption('[data-setting="voice"]', {label: 'Brit (en-GB)'})
    expect(await speech(page, (s) => s.log.at(-1))).toMatchObject({type: 'speak', voice: 'Brit'})
    await page.reload()
    await shown(page)
    await page.focus('[data-action="play"]')
    await page.keyboard.press('Enter')
    expect(await speech(page, (s) => s.log.at(-1))).toMatchObject({type: 'speak', voice: 'Brit'})
    await context.close()
  })

  it('word highlighting follows boundary events on the shown words, through the spoken-form map', async () => {
    const {page} = await open(original)
    await shown(page)
    await page.click('[data-action="play"]')
    const first = await expectedLines(page)
    const shownText = await page.locator(`#${first[0]?.id}`).textContent()
    await speech(page, (s) => s.start())
    const words: string[] = []
    while (await speech(page, (s) => s.boundary())) {
      words.push(await page.evaluate(() => {
        const highlight = CSS.highlights.get('reading-word')
        const range = highlight ? [...highlight][0] : undefined
        return range ? range.toString() : ''
      }))
    }
    // Every highlighted word is a word of the shown sentence, in order.
    let cursor = 0
    for (const word of words) {
      expect(word).not.toBe('')
      const at = shownText?.indexOf(word, cursor) ?? -1
      expect(at, `${word} after ${cursor}`).toBeGreaterThanOrEqual(cursor)
      cursor = at
    }
    // With highlighting set to sentence, no word highlight is drawn.
    await page.selectOption('[data-setting="highlight"]', 'sentence')
    await speech(page, (s) => s.start())
    await speech(page, (s) => s.boundary())
    expect(await page.evaluate(() => CSS.highlights.has('reading-word'))).toBe(false)
    expect((await reading(page)).length).toBe(1)
    await page.selectOption('[data-setting="highlight"]', 'off')
    expect(await reading(page)).toEqual([])
    await page.close()
  })

  it('scrolls the sentence being read into view, instantly under reduced motion', async () => {
    const page = await browser.newPage({reducedMotion: 'reduce', viewport: {width: 800, height: 400}})
    await installSpeechStub(page, englishVoices)
    await page.goto(server.url + original)
    await shown(page)
    await page.click('[data-action="play"]')
    const lines = await expectedLines(page)
    for (let index = 1; index < lines.length; index++) {
      // Measured in the same task as the sentence change: only an instant scroll has happened by then.
      const inView = await page.evaluate(() => {
        ;(window as unknown as {__speech: StubControl}).__speech.finish()
        const box = document.querySelector('.is-reading')?.getBoundingClientRect()
        return box !== undefined && box.top >= 0 && box.top < innerHeight
      })
      expect(inView, `sentence ${index + 1}`).toBe(true)
    }
    await page.close()
  })

  it('while reading on a large screen the player stays at the top, and keyboard focus is never hidden under it', async () => {
    const page = await browser.newPage({viewport: {width: 1000, height: 900}})
    await installSpeechStub(page, englishVoices)
    await page.goto(server.url + original)
    await shown(page)
    expect(await player(page).evaluate((element) => getComputedStyle(element).position)).toBe('static')
    await page.click('[data-action="play"]')
    expect(await player(page).evaluate((element) => getComputedStyle(element).position)).toBe('sticky')
    let checked = 0
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Tab')
      const place = await page.evaluate(() => {
        const focused = document.activeElement
        const bar = document.querySelector('[data-module="player"]')
        if (!focused || !bar || bar.contains(focused) || focused === document.body) return undefined
        return {top: focused.getBoundingClientRect().top, under: bar.getBoundingClientRect().bottom}
      })
      if (!place) continue
      checked++
      expect(place.top).toBeGreaterThanOrEqual(place.under - 1)
    }
    expect(checked).toBeGreaterThan(10)
    // Stopped, it goes back into the page.
    await page.click('[data-action="stop"]')
    expect(await player(page).evaluate((element) => getComputedStyle(element).position)).toBe('static')
    await page.close()
  })

  it('the highlight is visible in forced-colours mode and not by colour alone', async () => {
    const page = await browser.newPage({forcedColors: 'active'})
    await installSpeechStub(page, englishVoices)
    await page.goto(server.url + original)
    await shown(page)
    await page.click('[data-action="play"]')
    const style = await page.locator('.is-reading').evaluate((element) => {
      const computed = getComputedStyle(element)
      return {outline: computed.outlineStyle, decoration: computed.textDecorationLine}
    })
    expect(style.outline).toBe('solid')
    expect(style.decoration).toContain('underline')
    await page.close()
  })

  it('"Listen from here" reads from the clicked sentence; reload offers to resume there', async () => {
    const context = await browser.newContext()
    const {page, errors} = await open(original, englishVoices, context)
    await shown(page)
    const lines = await expectedLines(page)
    // A sentence with no glossary link in it (clicking a link follows the link).
    const plainIds = await page.$$eval('main [data-sentence]', (elements) => elements.filter((element) => !element.querySelector('a')).map((element) => element.id))
    const at = lines.findIndex((line, index) => index >= 2 && plainIds.includes(line.id))
    expect(at).toBeGreaterThan(0)
    await page.locator(`#${lines[at]?.id}`).click()
    const here = page.getByRole('button', {name: 'Listen from here'})
    await here.click()
    expect(await speech(page, (s) => s.current())).toBe(lines[at]?.say)
    expect(await reading(page)).toEqual([lines[at]?.id])
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Listen from here')
    await speech(page, (s) => s.finish())
    await page.reload()
    await shown(page)
    const resume = page.getByRole('button', {name: `Resume from sentence ${at + 2} of ${lines.length}`})
    await resume.click()
    expect(await speech(page, (s) => s.current())).toBe(lines[at + 1]?.say)
    expect(await resume.isHidden()).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('play')
    expect(errors).toEqual([])
    await context.close()
  })

  it('glossary "Hear this" speaks the definition with the term\'s pronunciation; Play then goes on where reading was', async () => {
    const {page, errors} = await open(original)
    await shown(page)
    const buttons = page.locator('button.hear[data-hear]')
    expect(await buttons.count()).toBeGreaterThan(0)
    expect(await page.locator('button.hear[data-hear]:visible').count()).toBe(await buttons.count())
    const report = await (await fetch(`${server.url}/api/articles/kazakhstan-russian-alliance-troops`)).json()
    const entry = (report.glossary as {id: string; term: string; definition: string; pronunciation: {say: string} | null}[]).find(
      (candidate) => candidate.pronunciation !== null
    )
    expect(entry).toBeDefined()
    const lines = await expectedLines(page)
    await page.click('[data-action="play"]')
    await speech(page, (s) => s.finish())
    await speech(page, (s) => s.start())
    await page.locator(`[id="${entry?.id}"] button.hear`).click()
    const said = await speech(page, (s) => s.current())
    expect(said).toContain(entry?.pronunciation?.say)
    expect(said).toContain(entry?.definition)
    expect(said?.indexOf(entry?.pronunciation?.say ?? '')).toBeLessThan(said?.indexOf(entry?.definition ?? '') ?? 0)
    expect(await status(page)).toBe('Reading the definition')
    await speech(page, (s) => s.finish())
    expect(await status(page)).toBe('Finished')
    await page.click('[data-action="play"]')
    expect(await speech(page, (s) => s.current())).toBe(lines[1]?.say)
    expect(errors).toEqual([])
    await page.close()
  })
})
