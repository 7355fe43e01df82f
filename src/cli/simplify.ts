/**
 * Simplify text line by line: `npm run --silent simplify -- --level plain|easy`
 * reads one sentence per line on stdin and writes exactly one line per input
 * line on stdout (the parts of a split sentence joined by a space).
 */
import {createInterface} from 'node:readline'
import {simplifySentence} from '../simplify/simplify-sentence.ts'

const args = process.argv.slice(2)
const levelIndex = args.indexOf('--level')
const levelArgument = levelIndex === -1 ? args.find((arg) => arg.startsWith('--level='))?.slice(8) : args[levelIndex + 1]
const level = levelArgument ?? 'plain'
if (level !== 'plain' && level !== 'easy') {
  process.stderr.write(`simplify: unknown level “${level}”: use --level plain or --level easy\n`)
  process.exit(2)
}

const lines = createInterface({input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY})
let out = ''
for await (const line of lines) {
  out += simplifySentence(line, {level}).sentences.join(' ').replace(/[\r\n]+/g, ' ') + '\n'
  if (out.length > 65_536) {
    process.stdout.write(out)
    out = ''
  }
}
process.stdout.write(out)
