import {createHash} from 'node:crypto'
import {beforeAll, describe, expect, it} from 'vitest'
import {bundledApp} from '../helpers/serve-app.ts'

const article = '/articles/kazakhstan-russian-alliance-troops'
let app: Awaited<ReturnType<typeof bundledApp>>

beforeAll(async () => {
  app = await bundledApp()
})

/** The `<html …>` start tag of a page. */
async function rootTag(response: Response): Promise<string> {
  return /<html[^>]*>/.exec(await response.text())?.[0] ?? ''
}

/** The cookie a response sets, as a `Cookie` request header value. */
function cookieOf(response: Response): string {
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''
}

describe('reading preferences over HTTP, without JavaScript', () => {
  it('pages carry no preference attributes at the defaults', async () => {
    expect(await rootTag(await app.request(article))).toBe('<html lang="en">')
  })

  it('a preset in the query string applies, is saved in the cookie, and unknown values are never reflected', async () => {
    const response = await app.request(`${article}?size=large&theme=sepia&font=%22%3E%3Cscript%3E&evil=%3Cb%3E`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(cookieOf(response)).toBe('plainread-preferences=size%3Dlarge%26theme%3Dsepia')
    const html = await response.text()
    expect(/<html[^>]*>/.exec(html)?.[0]).toBe('<html data-size="large" data-theme="sepia" lang="en">')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
  })

  it('the cookie applies on every page, including the 404 page and the forms', async () => {
    const headers = {Cookie: 'plainread-preferences=size%3Dxx-large%26theme%3Dhigh-contrast%26focus%3Dline'}
    for (const path of ['/', article, `${article}?level=easy`, '/read', '/preferences', '/no-such-page']) {
      const response = await app.request(path, {headers})
      expect(await rootTag(response)).toBe('<html data-size="xx-large" data-theme="high-contrast" data-focus="line" lang="en">')
      expect(response.headers.get('Vary')).toMatch(/Cookie/)
    }
  })

  it('the reader’s own choices win over a preset link; the preset fills in the rest', async () => {
    const response = await app.request('/?theme=sepia&size=large', {headers: {Cookie: 'plainread-preferences=theme%3Ddark'}})
    expect(await rootTag(response)).toBe('<html data-size="large" data-theme="dark" lang="en">')
  })

  it('the form saves with POST, then shows the page with a confirmation (Post/Redirect/Get)', async () => {
    const form = new URLSearchParams({size: 'x-large', 'line-spacing': 'loose', theme: 'dark', font: 'serif', width: 'bogus', back: '/articles/kazakhstan-russian-alliance-troops?level=easy'})
    const saved = await app.request('/preferences', {method: 'POST', body: form, headers: {'Content-Type': 'application/x-www-form-urlencoded'}})
    expect(saved.status).toBe(303)
    expect(saved.headers.get('Location')).toBe('/preferences?saved=1&back=%2Farticles%2Fkazakhstan-russian-alliance-troops%3Flevel%3Deasy')
    const cookie = cookieOf(saved)
    expect(cookie).toBe('plainread-preferences=size%3Dx-large%26line-spacing%3Dloose%26theme%3Ddark%26font%3Dserif')

    const page = await app.request(saved.headers.get('Location') ?? '', {headers: {Cookie: cookie}})
    const html = await page.text()
    expect(html).toContain('Your preferences are saved.')
    expect(html).toContain('href="/articles/kazakhstan-russian-alliance-troops?level=easy"')
    expect(html).toMatch(/<input type="radio" name="size" id="size-x-large" value="x-large" checked=""/)
    expect(html).toContain('http://localhost/?size=x-large&amp;line-spacing=loose&amp;theme=dark&amp;font=serif')

    const next = await app.request(article, {headers: {Cookie: cookie}})
    expect(await rootTag(next)).toBe('<html data-size="x-large" data-line-spacing="loose" data-theme="dark" data-font="serif" lang="en">')
  })

  it('resetting clears the cookie', async () => {
    const reset = await app.request('/preferences', {method: 'POST', body: new URLSearchParams({reset: '1', size: 'large'}), headers: {'Content-Type': 'application/x-www-form-urlencoded', Cookie: 'plainread-preferences=size%3Dlarge'}})
    expect(reset.status).toBe(303)
    expect(reset.headers.get('Set-Cookie')).toMatch(/^plainread-preferences=; Max-Age=0/)
  })

  it('the text-only page applies preferences as inline CSS allowed by its hash', async () => {
    const response = await app.request(`${article}/text`, {headers: {Cookie: 'plainread-preferences=size%3Dlarge%26theme%3Dsepia'}})
    expect(response.status).toBe(200)
    const html = await response.text()
    const css = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? ''
    expect(css).toContain('html{font-size:122%;color-scheme:light}')
    expect(css).toContain('background:#f5ecd7')
    expect(Buffer.byteLength(css)).toBeLessThanOrEqual(1024)
    const hash = createHash('sha256').update(css).digest('base64')
    expect(response.headers.get('Content-Security-Policy')).toContain(`style-src 'sha256-${hash}'`)
  })

  it('a preferences form too large is refused with 413', async () => {
    const response = await app.request('/preferences', {method: 'POST', body: 'size=' + 'x'.repeat(20_000), headers: {'Content-Type': 'application/x-www-form-urlencoded'}})
    expect(response.status).toBe(413)
  })
})
