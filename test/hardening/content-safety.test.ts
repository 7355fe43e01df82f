import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {htmlText} from '../../src/pipeline/remove-raw-html.ts'
import {analyze} from '../../src/report/analyze.ts'
import {bundledApp} from '../helpers/serve-app.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))

const hostile = [
  'The minister <b>spoke</b> on <i>Thursday</i>. <script>alert(1)</script>Troops arrived.',
  '',
  '<div class="box" onclick="steal()">Prices rose by 5 &amp; wages fell.<style>body{display:none}</style></div>',
  '',
  '<!-- <script>alert(2)</script> -->',
  '',
  '<iframe src="https://evil.example/"></iframe>',
  '',
  'An image <img src=x onerror="alert(3)"> and a link <a href="javascript:alert(4)">here</a> stay text.',
  '',
  '<svg onload="alert(5)"><text>svg text</text></svg>'
].join('\n')

const article = `---\ntitle: Raw HTML test\ndate: 2024-01-02\nlang: en\n---\n\n${hostile}\n`

describe('raw HTML in content Markdown', () => {
  it('is removed: tags and dangerous elements go, the visible text stays, and each removal is a message', () => {
    const report = analyze({slug: 'raw', title: 'Raw', lang: 'en', markdown: hostile})
    const sentences = report.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text))
    expect(sentences).toEqual([
      'The minister spoke on Thursday.',
      'Troops arrived.',
      'Prices rose by 5 & wages fell.',
      'An image and a link here stay text.'
    ])
    const text = JSON.stringify(report)
    for (const gone of ['alert', 'steal', 'evil.example', 'display:none', 'svg text', 'onerror', 'javascript:']) {
      expect(text).not.toContain(gone)
    }
    const messages = report.messages.filter((message) => message.ruleId === 'raw-html')
    expect(messages.map((message) => message.reason)).toContain('Unexpected HTML `<script>` in the article, removed: write it as Markdown instead')
    expect(messages.every((message) => message.source === 'plainread' && typeof message.line === 'number')).toBe(true)
  })

  it('never reaches a page or a format as markup', async () => {
    const app = await bundledApp([{path: 'content/raw-html-test.md', text: article}])
    for (const route of ['/articles/raw-html-test', '/articles/raw-html-test?level=original', '/articles/raw-html-test/text', '/articles/raw-html-test.txt', '/articles/raw-html-test.md', '/api/articles/raw-html-test']) {
      const response = await app.request(route)
      expect(response.status, route).toBe(200)
      const body = await response.text()
      for (const gone of ['alert(', 'steal()', 'evil.example', 'onerror', 'onload', 'onclick', 'javascript:']) {
        expect(body, `${route}: ${gone}`).not.toContain(gone)
      }
    }
  })

  it('htmlText keeps text, decodes references and never returns a tag', () => {
    expect(htmlText('<p>Fish &amp; chips &lt;3</p>')).toBe('Fish & chips <3')
    expect(htmlText('<SCRIPT type="x">a()</SCRIPT >after')).toBe('after')
    expect(htmlText('<style>unclosed')).toBe('')
    expect(htmlText('<p>a<br>b</p><!-- c -->')).toBe('a b')
    expect(htmlText('<<script>script>alert(1)<</script>/script>')).not.toMatch(/<[a-z/]/i)
  })
})

/** Every .ts/.tsx file under a folder of the project. */
function sourceFiles(folder: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(path.join(root, folder))) {
    const relative = path.join(folder, name)
    if (statSync(path.join(root, relative)).isDirectory()) files.push(...sourceFiles(relative))
    else if (/\.tsx?$/.test(name)) files.push(relative)
  }
  return files
}

describe('no view passes HTML through', () => {
  // The only places raw markup is written, each checked by hand: the doctype, our constant CSS
  // (hashed in the text page's CSP), and JSON-LD escaped by jsonForScriptBlock (< > & as \u escapes).
  const allowed = [/raw\('<!doctype html>'\)/, /raw\((?:props\.)?css\)/, /raw\(jsonForScriptBlock\(/]

  it.each(['templates', 'src'])('%s/ uses raw() only for the doctype, constant CSS and escaped JSON-LD', (folder) => {
    for (const file of sourceFiles(folder)) {
      const source = readFileSync(path.join(root, file), 'utf8')
      expect(source, file).not.toMatch(/dangerouslySetInnerHTML|innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=|document\.write/)
      for (const match of source.matchAll(/\braw\([^)\n]*\)?/g)) {
        expect(allowed.some((pattern) => pattern.test(match[0])), `${file}: ${match[0]}`).toBe(true)
      }
    }
  })
})
