import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {bundledApp} from '../helpers/serve-app.ts'

const seed = 'kazakhstan-russian-alliance-troops'

/** The ids of a page and the fragments its same-page links point to. */
function fragments(html: string): {ids: Set<string>; targets: string[]} {
  return {
    ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '')),
    targets: [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1] ?? '')
  }
}

describe('links inside a page', () => {
  it.each(['?level=original', '', '?level=easy', '?level=plain&view=compare', '?level=easy&view=compare'])(
    'every same-page link of the article page %s has its target',
    async (query) => {
      const app = await bundledApp()
      const {ids, targets} = fragments(await (await app.request(`/articles/${seed}${query}`)).text())
      expect(targets.length).toBeGreaterThan(20)
      expect(targets.filter((target) => !ids.has(target))).toEqual([])
    }
  )

  it('a pasted article links to no page of its own, since it has none', async () => {
    const app = await bundledApp()
    const form = new FormData()
    form.set('text', readFileSync(new URL('../../../shared/seed/000_b8e0d7ba9690e0e6.txt', import.meta.url), 'utf8'))
    const response = await app.request('/read', {method: 'POST', body: form})
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('What changed?')
    expect([...html.matchAll(/href="(\/articles\/[^"]*)"/g)].map((match) => match[1])).toEqual([])
    expect(html).not.toContain('application/ld+json')
    const {ids, targets} = fragments(html)
    expect(targets.filter((target) => !ids.has(target))).toEqual([])
  })
})
