import {execFile} from 'node:child_process'
import {mkdtemp, rm, writeFile, mkdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {contentDir} from '../helpers/serve-app.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const folders: string[] = []

/** Run `lint:content` on a folder. Returns its exit code and what it printed. */
function lint(folder: string): Promise<{code: number; output: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/lint-content.ts', folder], {cwd: root}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr})
    })
  })
}

async function folderWith(files: Record<string, string>): Promise<string> {
  const base = await mkdtemp(path.join(tmpdir(), 'plainread-lint-'))
  folders.push(base)
  const folder = path.join(base, 'content')
  await mkdir(folder)
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text)
  return folder
}

afterAll(async () => {
  for (const folder of folders) await rm(folder, {recursive: true, force: true})
})

describe('npm run lint:content', () => {
  it('passes the bundled content: every abbreviation and rare word explained, every definition at grade 8 or below', async () => {
    const {code, output} = await lint(contentDir)
    expect(output).toContain('content/kazakhstan-russian-alliance-troops.md: no issues found')
    expect(output).toContain('content/glossary.yaml: no issues found')
    expect(code).toBe(0)
  })

  it('fails on an unexplained abbreviation, warns on a rare word, informs on a name with no pronunciation, with file lines', async () => {
    const folder = await folderWith({
      'glossary.yaml': [
        '- term: NATO',
        '  definition: A military group of the United States, Canada and many countries in Europe.',
        '- term: hard',
        '  definition: Notwithstanding the aforementioned considerations, multitudinous organizational interdependencies necessitate comprehensive institutional reconfiguration.',
        '- term: unused',
        '  definition: Not used.',
        '- term: broken'
      ].join('\n'),
      'leaders-meet.md': [
        '---',
        'title: Leaders meet',
        'date: 2024-03-01',
        'lang: en',
        '---',
        '',
        'The IMF and NATO met in Geneva.',
        '',
        'Minister Zhaksylykov said the treaty was abrogated.'
      ].join('\n')
    })
    const {code, output} = await lint(folder)
    expect(code).toBe(1)
    expect(output).toMatch(/glossary\.yaml\n3:1\s+error\s+Unexpected definition of `hard` at grade [\d.]+.*definition-too-hard\s+plainread-glossary/)
    expect(output).toMatch(/7:1\s+error\s+Missing required glossary key `definition` for `broken`/)
    expect(output).toMatch(/7:5-7:8\s+error\s+Unexpected abbreviation `IMF` with no glossary entry.*unexplained-abbreviation\s+plainread-glossary/)
    expect(output).toMatch(/9:10-9:21\s+info\s+Unexpected name `Zhaksylykov` with no pronunciation.*missing-pronunciation/)
    expect(output).toMatch(/9:42-9:51\s+warning\s+Unexpected rare word `abrogated` with no glossary entry.*rare-word/)
    expect(output).not.toMatch(/`NATO`/)
  })
})
