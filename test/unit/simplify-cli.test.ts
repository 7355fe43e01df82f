import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Run the CLI as `npm run --silent simplify -- …` runs it, with `input` on stdin. */
function runCli(input: string, args: string[]): {stdout: string; stderr: string; status: number | null} {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simplify.ts', ...args], {cwd: root, input, encoding: 'utf8'})
  return {stdout: result.stdout, stderr: result.stderr, status: result.status}
}

describe('simplify CLI', () => {
  const input = [
    'Approximately a thousand people were injured, and the police closed the roads.',
    '',
    'The cat sat on the mat.',
    'He left. She stayed, although it rained.',
    '   ',
    'The bridge (built in 1904) was not damaged.'
  ].join('\n') + '\n'

  it('writes exactly one line per input line, split parts joined by a space', () => {
    const {stdout, status} = runCli(input, ['--level', 'plain'])
    expect(status).toBe(0)
    const lines = stdout.split('\n')
    expect(lines.at(-1)).toBe('')
    expect(lines.slice(0, -1)).toEqual([
      'About 1,000 people were injured. The police closed the roads.',
      '',
      'The cat sat on the mat.',
      'He left. She stayed, although it rained.',
      '',
      'The bridge, built in 1904, was not damaged.'
    ])
  })

  it('is deterministic and supports --level easy', () => {
    const first = runCli(input, ['--level', 'easy'])
    const second = runCli(input, ['--level=easy'])
    expect(first.status).toBe(0)
    expect(first.stdout).toBe(second.stdout)
    expect(first.stdout.split('\n')).toHaveLength(7)
    expect(first.stdout).toContain('The bridge was not damaged.')
  })

  it('rejects an unknown level with a message and exit code 2', () => {
    const {stderr, status} = runCli('x\n', ['--level', 'hard'])
    expect(status).toBe(2)
    expect(stderr).toMatch(/unknown level/)
  })
})
