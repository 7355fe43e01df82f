/**
 * `npm run bench:simplify`: run the plain-language engine over the ASSET
 * validation split (read from `../shared/data/asset-valid/`, never copied: CC
 * BY-NC) and print SARI (EASSE corpus SARI), FKGL, faithfulness figures and
 * throughput; write `bench/simplify/results.json`.
 *
 * Options: `--level plain|easy` (default plain), `--data DIR`, `--limit N`,
 * `--write-outputs [FILE]` (one output line per input; default `/tmp/plainread-simplify-outputs.txt`).
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readNumberWords} from '../../src/simplify/number-words.ts'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'
import {corpusFkgl} from './fkgl.ts'
import {corpusSari} from './sari.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const index = args.indexOf(`--${name}`)
  return index === -1 ? undefined : args[index + 1]
}
const level = option('level') ?? 'plain'
if (level !== 'plain' && level !== 'easy') throw new Error(`Unknown level ${level}`)
const dataDir = path.resolve(root, option('data') ?? '../shared/data/asset-valid')
const limit = Number(option('limit') ?? Number.POSITIVE_INFINITY)

const readLines = async (name: string): Promise<string[]> =>
  (await readFile(path.join(dataDir, name), 'utf8')).split('\n').slice(0, limit)

const originals = await readLines('asset.valid.orig')
const references: string[][] = []
for (let index = 0; index < 10; index++) references.push(await readLines(`asset.valid.simp.${index}`))

// Warm up once (JIT, lazy tables), then time a full pass.
for (const line of originals.slice(0, 200)) simplifySentence(line, {level})
// CPU time of this process (one core), so other work on a shared machine does not skew the figure.
const started = process.cpuUsage()
const wallStarted = performance.now()
const results = originals.map((line) => simplifySentence(line, {level}))
const used = process.cpuUsage(started)
const seconds = (used.user + used.system) / 1e6
const wallSeconds = (performance.now() - wallStarted) / 1000
const outputs = results.map((result) => result.sentences.join(' '))

/** Numbers written with digits, for a check independent of the engine's own guard. */
const digitNumbers = (text: string): string[] => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, ''))
/** Capitalised words not first in their sentence. */
const capitalised = (text: string): Set<string> => new Set(text.match(/(?<=[\p{L}\p{N},;:)] )\p{Lu}[\p{L}'’-]*/gu) ?? [])

let numbersLost = 0
let numbersTotal = 0
let sentencesLosingNumbers = 0
let namesAdded = 0
let numbersAdded = 0
let changed = 0
let split = 0
for (let index = 0; index < originals.length; index++) {
  const input = originals[index] ?? ''
  const output = outputs[index] ?? ''
  if (output !== input) changed++
  if ((results[index]?.sentences.length ?? 0) > 1) split++
  const inNumbers = digitNumbers(input)
  const outNumbers = digitNumbers(output)
  numbersTotal += inNumbers.length
  const remaining = [...outNumbers]
  let lost = 0
  for (const number of inNumbers) {
    const at = remaining.indexOf(number)
    if (at === -1) lost++
    else remaining.splice(at, 1)
  }
  numbersLost += lost
  if (lost > 0) sentencesLosingNumbers++
  // A number written in words in the input (`twenty`) may come out in digits (`20`): not an added number.
  const inputWordList = input.split(/[\s,;:()]+/)
  const spelled = new Set<string>()
  for (let at = 0; at < inputWordList.length; at++) {
    const found = readNumberWords(inputWordList.slice(at, at + 8))
    if (found) spelled.add(String(found.value))
  }
  numbersAdded += remaining.filter((number) => !inNumbers.includes(number) && !spelled.has(number)).length
  const inputWords = new Set(input.match(/[\p{L}'’-]+/gu) ?? [])
  for (const name of capitalised(output)) if (!inputWords.has(name) && !inputWords.has(name.replace(/['’]s$/, ''))) namesAdded++
}

const applied = results.reduce((sum, result) => sum + result.applied.length, 0)
const rejected = results.reduce((sum, result) => sum + result.rejected.length, 0)
const byRule: Record<string, {applied: number; rejected: number}> = {}
for (const result of results) {
  for (const note of result.applied) (byRule[note.rule] ??= {applied: 0, rejected: 0}).applied++
  for (const note of result.rejected) (byRule[note.rule] ??= {applied: 0, rejected: 0}).rejected++
}

const sari = corpusSari(originals, outputs, references)
const sariPrecisionDelete = corpusSari(originals, outputs, references, {useF1ForDeletion: false})
const copy = corpusSari(originals, originals, references)
const summary = {
  dataset: 'ASSET validation (facebookresearch/asset, CC BY-NC 4.0), read from ../shared/data/asset-valid/',
  level,
  sentences: originals.length,
  sari: round(sari.sari),
  sariOperations: {add: round(sari.add), keep: round(sari.keep), delete: round(sari.delete)},
  sariDeletionPrecisionOnly: round(sariPrecisionDelete.sari),
  copyBaselineSari: round(copy.sari),
  fkgl: {output: round(corpusFkgl(outputs)), input: round(corpusFkgl(originals)), reference0: round(corpusFkgl(references[0] ?? []))},
  faithfulness: {
    applied,
    rejected,
    numbersInInput: numbersTotal,
    numbersLost,
    sentencesLosingNumbers,
    numbersAdded,
    namesAdded
  },
  changedSentences: changed,
  splitSentences: split,
  throughputSentencesPerSecond: Math.round(originals.length / seconds),
  throughputWallClockSentencesPerSecond: Math.round(originals.length / wallSeconds),
  rules: byRule,
  anchorsOnAssetTest: {copy: 20.7, truncate20: 29.3, pbmtR: 34.6, dressLs: 36.6, access: 40.1, muss: 44.2, human: 44.9}
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

const rows: Array<[string, string]> = [
  ['level', level],
  ['sentences', String(summary.sentences)],
  ['SARI (EASSE corpus, F1 deletion)', String(summary.sari)],
  ['  add / keep / delete', `${summary.sariOperations.add} / ${summary.sariOperations.keep} / ${summary.sariOperations.delete}`],
  ['SARI (deletion precision only)', String(summary.sariDeletionPrecisionOnly)],
  ['SARI of the input copied', String(summary.copyBaselineSari)],
  ['FKGL output / input / reference 0', `${summary.fkgl.output} / ${summary.fkgl.input} / ${summary.fkgl.reference0}`],
  ['rewrites applied / rejected by the guard', `${applied} / ${rejected}`],
  ['numbers lost (of numbers in input)', `${numbersLost} of ${numbersTotal}`],
  ['numbers added / names added', `${numbersAdded} / ${namesAdded}`],
  ['sentences changed / split', `${changed} / ${split}`],
  ['throughput (sentences/s, one core, CPU time)', String(summary.throughputSentencesPerSecond)],
  ['throughput (sentences/s, wall clock)', String(summary.throughputWallClockSentencesPerSecond)]
]
const width = Math.max(...rows.map(([name]) => name.length))
for (const [name, value] of rows) process.stdout.write(`${name.padEnd(width)}  ${value}\n`)
process.stdout.write('\nrule                       applied  rejected\n')
for (const [rule, counts] of Object.entries(byRule)) {
  process.stdout.write(`${rule.padEnd(26)} ${String(counts.applied).padStart(7)}  ${String(counts.rejected).padStart(8)}\n`)
}
if (option('limit') === undefined) {
  await writeFile(path.join(root, 'bench/simplify', level === 'plain' ? 'results.json' : 'results-easy.json'), JSON.stringify(summary, null, 2) + '\n')
}
if (args.includes('--write-outputs')) {
  const target = option('write-outputs')
  await writeFile(target !== undefined && !target.startsWith('--') ? target : '/tmp/plainread-simplify-outputs.txt', outputs.join('\n') + '\n')
}
