/**
 * `npm run --silent lint:content [folder]`: suggestions for editors about the content folder
 * (default `content/`), printed by `vfile-reporter`; exits with 1 when there is an error.
 *
 * - every problem that stops a content file or glossary entry from loading (error);
 * - an abbreviation with no glossary entry (error), a rare word outside the Dale–Chall list
 *   with no entry (warning), a name with no pronunciation (info), from the glossary stage;
 * - a glossary definition or example harder than grade 8 (error);
 * - an article's own glossary entry its text never uses (warning).
 */
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {loadContent} from '../content/load-content.ts'
import {readContentDir} from '../content/read-content-dir.ts'
import {definitionGrade, maxDefinitionGrade} from '../glossary/definition-grade.ts'
import type {GlossaryEntry} from '../glossary/glossary-entry.ts'
import {glossarySource} from '../pipeline/glossary.ts'
import {processor} from '../pipeline/processor.ts'

const directory = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../../content', import.meta.url)))
const sources = await readContentDir(directory)
const content = loadContent(sources)
const files = new Map<string, VFile>()
const fileOf = (filePath: string): VFile => {
  let file = files.get(filePath)
  if (!file) {
    file = new VFile({path: filePath, value: sources.find((source) => source.path === filePath)?.text ?? ''})
    files.set(filePath, file)
  }
  return file
}

for (const error of content.errors) {
  const message = fileOf(error.path).message(error.reason, {place: {line: error.line, column: 1}, source: 'plainread-content', ruleId: 'invalid-content'})
  message.fatal = true
}

/** Line of `term: <term>` in a file, for messages about an entry. */
function lineOfTerm(text: string, term: string): number {
  const index = text.split('\n').findIndex((line) => /^\s*-?\s*term:\s*/.test(line) && line.replace(/^\s*-?\s*term:\s*/, '').replace(/^["']|["']\s*$/g, '').trim() === term)
  return index === -1 ? 1 : index + 1
}

function checkDefinitions(filePath: string, entries: readonly GlossaryEntry[]): void {
  const file = fileOf(filePath)
  const text = String(file.value)
  for (const entry of entries) {
    for (const [field, value] of [['definition', entry.definition], ['example', entry.example]] as const) {
      if (value === null) continue
      const grade = definitionGrade(value)
      if (grade === null || grade <= maxDefinitionGrade) continue
      const message = file.message(
        `Unexpected ${field} of \`${entry.term}\` at grade ${grade.toFixed(1)}: use shorter sentences and common words (grade ${maxDefinitionGrade} or below)`,
        {place: {line: lineOfTerm(text, entry.term), column: 1}, source: glossarySource, ruleId: 'definition-too-hard'}
      )
      message.actual = grade.toFixed(1)
      message.expected = [`≤ ${maxDefinitionGrade}`]
      message.fatal = true
    }
  }
}

const glossaryPath = sources.find((source) => /(?:^|\/)glossary\.ya?ml$/.test(source.path))?.path
if (glossaryPath) checkDefinitions(glossaryPath, content.glossary.shared)

for (const article of content.articles) {
  const file = fileOf(article.path)
  // Blank lines in place of the front matter, so message lines are lines of the file.
  const body = new VFile({
    path: article.path,
    value: '\n'.repeat(article.bodyStartLine - 1) + article.body,
    data: {
      input: {
        slug: article.slug,
        title: article.meta.title,
        lang: article.meta.lang,
        dateline: article.meta.dateline,
        markdown: article.body,
        glossary: article.glossary
      }
    }
  })
  processor.runSync(processor.parse(body), body)
  for (const message of body.messages) if (message.source === glossarySource) file.messages.push(message)

  const own = content.glossary.byArticle.get(article.slug) ?? []
  checkDefinitions(article.path, own)
  const used = new Set((body.data.glossary ?? []).map((entry) => entry.id))
  for (const entry of own) {
    if (used.has(entry.id)) continue
    file.message(`Unexpected glossary entry \`${entry.term}\` that the article never uses: remove it, or add the aliases the text uses`, {
      place: {line: lineOfTerm(String(file.value), entry.term), column: 1},
      source: glossarySource,
      ruleId: 'unused-entry'
    })
  }
}

const all = [...files.values()]
if (all.length > 0) process.stderr.write(reporter(all) + '\n')
if (all.some((file) => file.messages.some((message) => message.fatal === true))) process.exitCode = 1
