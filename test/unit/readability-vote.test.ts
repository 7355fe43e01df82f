import {readFileSync, readdirSync} from 'node:fs'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import retextReadability from 'retext-readability'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import readabilityVote from '../../src/readability/readability-vote.ts'

/** The seed article and the prose of every /read fixture page (tags dropped). */
function texts(): string[] {
  const seed = readFileSync(new URL('../../content/kazakhstan-russian-alliance-troops.md', import.meta.url), 'utf8')
  const pages = new URL('../fixtures/read-pages/', import.meta.url)
  const html = readdirSync(pages).map((name) => readFileSync(new URL(`${name}/source.html`, pages), 'utf8').replace(/<[^>]*>/g, ' '))
  return [seed, ...html, 'Go now. The committee subsequently indicated that the implementation of the recommendations would necessitate considerable additional expenditure. “Approximately 40 individuals,” she said.']
}

/** Every field of every message a transform leaves on a fresh file. */
function messagesOf(transform: (tree: Root, file: VFile) => unknown, text: string) {
  const file = new VFile(text)
  transform(new ParseEnglish().parse(text), file)
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    actual: message.actual,
    expected: message.expected,
    url: message.url,
    ancestors: message.ancestors?.map((node) => node.type)
  }))
}

describe('readabilityVote', () => {
  it('leaves the same messages as retext-readability on real pages, for every reader age', () => {
    let votes = 0
    for (const text of texts()) {
      for (const age of [8, 12, 14, 16, 22]) {
        const expected = messagesOf(retextReadability({age}) as (tree: Root, file: VFile) => unknown, text)
        expect(messagesOf(readabilityVote({age}), text)).toEqual(expected)
        votes += expected.length
      }
    }
    // The comparison means something only if sentences were flagged.
    expect(votes).toBeGreaterThan(50)
  })
})
