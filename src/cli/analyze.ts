/**
 * Analyse a text for editors: `npm run --silent analyze -- FILE [--json] [--age N]`.
 *
 * FILE is a content article (front matter + Markdown: analysed with its content folder,
 * exactly as the site does) or any plain text or Markdown file. Prints a vfile-reporter
 * report (`FILE:line:column` per hard sentence and other finding) and then the scores;
 * `--json` prints the report the API returns instead. Exits 1 with a message on bad input.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {reportOf} from '../app.tsx'
import {splitFrontMatter} from '../content/front-matter.ts'
import {formatContentError} from '../content/load-articles.ts'
import {loadContent} from '../content/load-content.ts'
import {readContentDir} from '../content/read-content-dir.ts'
import {formatScores} from '../readability/format-scores.ts'
import {analyze} from '../report/analyze.ts'
import type {Report} from '../report/report.ts'

const usage = 'Usage: npm run --silent analyze -- FILE [--json] [--age N]'

/** Stop with a message on stderr. */
function fail(message: string, code = 1): never {
  process.stderr.write(`analyze: ${message}\n`)
  process.exit(code)
}

const args = process.argv.slice(2)
const json = args.includes('--json')
const ageIndex = args.indexOf('--age')
const ageValue = ageIndex === -1 ? undefined : args[ageIndex + 1]
const files = args.filter((arg, index) => !arg.startsWith('--') && (ageIndex === -1 || index !== ageIndex + 1))
const file = files[0]
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${usage}\n`)
  process.exit(0)
}
if (file === undefined || files.length > 1) fail(`give exactly one FILE\n${usage}`, 2)
const age = ageValue === undefined ? undefined : Number(ageValue)
if (age !== undefined && (!Number.isInteger(age) || age < 5 || age > 22)) fail('--age takes a whole number of years from 5 to 22, as `targetAge` in front matter', 2)

let text: string
try {
  text = await readFile(file, 'utf8')
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
}

/** Analyse the file: a content article with its folder, or plain text / Markdown. */
async function reportFor(name: string, value: string): Promise<Report> {
  const split = splitFrontMatter(value)
  if (split.document === undefined) {
    const base = path.basename(name).replace(/\.[^.]+$/, '')
    return analyze({
      slug: base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'text',
      title: base,
      lang: 'en',
      markdown: value,
      path: name,
      targetAge: age
    })
  }
  const directory = path.dirname(path.resolve(name))
  const relative = `${path.basename(directory)}/${path.basename(name)}`
  const content = loadContent(await readContentDir(directory))
  const article = content.articles.find((candidate) => candidate.path === relative)
  if (!article) {
    const problems = content.errors.filter((error) => error.path === relative).map(formatContentError)
    fail(problems.length > 0 ? problems.join('\n') : `${name} is not an article: name it <slug>.md`)
  }
  return reportOf(age === undefined ? article : {...article, meta: {...article.meta, targetAge: age}})
}

const report = await reportFor(file, text)
if (report.counts.words === 0) fail(`${file} has no words to analyse`)

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} else {
  const vfile = new VFile({path: file})
  for (const message of report.messages) {
    const place = message.line === undefined ? undefined : {line: message.line, column: message.column ?? 1}
    const options = {place, source: message.source, ruleId: message.ruleId}
    if (message.severity === 'info') vfile.info(message.reason, options)
    else vfile.message(message.reason, options)
  }
  process.stdout.write(`${reporter(vfile, {color: false})}\n\n${formatScores(report)}`)
}
