import {describe, expect, it} from 'vitest'
import {createApp} from '../../src/app.tsx'
import {bundleClient} from '../../src/build/bundle-client.ts'
import {loadContent} from '../../src/content/load-content.ts'
import {readContentDir} from '../../src/content/read-content-dir.ts'
import {contentDir} from '../helpers/serve-app.ts'

const seed = '/articles/kazakhstan-russian-alliance-troops'

describe('read-aloud markup and script over HTTP', async () => {
  const app = createApp({content: loadContent(await readContentDir(contentDir)), assets: await bundleClient()})

  it('serves reader.js same-origin as JavaScript', async () => {
    const response = await app.request('/assets/reader.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('javascript')
    expect(await response.text()).toContain('speechSynthesis')
  })

  it('renders the player hidden, loads the script as an external module, and no inline script', async () => {
    const html = await (await app.request(`${seed}?level=original`)).text()
    expect(html).toMatch(/<section class="player" data-module="player"[^>]* hidden/)
    expect(html).toContain('<script type="module" src="/assets/reader.js"></script>')
    expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/)
    expect(html).not.toMatch(/\son[a-z]+=/)
    expect(html).toMatch(/<p class="player-status" role="status"/)
  })

  it('gives each sentence its spoken form only where it differs, with the offset map', async () => {
    const report = await (await app.request('/api/articles/kazakhstan-russian-alliance-troops')).json()
    const html = await (await app.request(`${seed}?level=original`)).text()
    for (const line of report.speech.original as {sentenceId: string; text: string; say: string; map: number[]}[]) {
      const element = new RegExp(`<span class="sentence[^"]*" id="${line.sentenceId}"[^>]*>`).exec(html)?.[0] ?? ''
      expect(element).not.toBe('')
      if (line.say === line.text) expect(element).not.toContain('data-say')
      else expect(element).toContain(`data-say-map="${line.map.join(',')}"`)
    }
    expect(report.speech.original.length).toBe(20)
  })
})
