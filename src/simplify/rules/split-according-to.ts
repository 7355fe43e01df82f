import {hasFiniteVerb, opensClause} from '../clause-shape.ts'
import {quotedTokens} from '../quoted-tokens.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, closeSentence, space, trimTokens, word, wordCount, type Token, type Tokens} from '../sentence-tokens.ts'
import {phraseTokens} from '../token-match.ts'

/** Most words of the source (`video images posted at the scene`). */
const mostSourceWords = 10

/** Nouns of pictures and records, which show what they are the source of (`video images` → `Video images … show this.`), with the verb they take. */
const showingNouns: ReadonlyMap<string, string> = new Map([
  ['images', 'show'], ['videos', 'show'], ['pictures', 'show'], ['photos', 'show'], ['photographs', 'show'], ['maps', 'show'],
  ['records', 'show'], ['figures', 'show'], ['data', 'show'], ['image', 'shows'], ['video', 'shows'], ['picture', 'shows'],
  ['photo', 'shows'], ['photograph', 'shows'], ['footage', 'shows'], ['map', 'shows'], ['record', 'shows']
])

/** Words after which the head noun of a source has been passed (`images posted at …`, `footage from …`). */
const afterHead = new Set(['of', 'in', 'at', 'from', 'on', 'by', 'with', 'posted', 'taken', 'shot', 'filmed', 'released', 'published', 'seen', 'shared', 'obtained'])

/**
 * The sentence that names the source: `X show this.` when the source is pictures or records (its
 * head noun, before any `posted at …`, is one of `showingNouns`), else `This is according to X.`
 */
function sourceSentence(source: Tokens): Token[] {
  const words = source.filter((item) => item.kind === 'word').map((item) => item.value.toLowerCase())
  const end = words.findIndex((value) => afterHead.has(value))
  const head = words[(end === -1 ? words.length : end) - 1] ?? ''
  const verb = showingNouns.get(head)
  if (verb === undefined || /^\p{Lu}/u.test(source[0]?.value ?? '')) return closeSentence([...phraseTokens('This is according to'), space, ...source])
  return closeSentence(capitalize([...source, space, word(verb), space, word('this')]))
}

/** Fewest words the claim must have to be worth a sentence of its own. */
const fewestClaimWords = 6

/**
 * `easy` only: `According to X, <claim>.` becomes the claim and then its source:
 * `According to video images, the protests swept through the cities.` → `The
 * protests swept through the cities. Video images show this.` (pictures and records show
 * a claim; any other source: `This is according to a letter.`). The source is kept whole, right
 * after the claim, so the claim stays the source's.
 * Only when the claim is a whole clause holding no quotation.
 */
export const splitAccordingTo: Rule = {
  name: 'split-according-to',
  levels: ['easy'],
  triggers: [['according'], ['to'], [',']],
  reorders: true,
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    const words = tokens.filter((token) => token.kind === 'word')
    if (words[0]?.value !== 'According' || words[1]?.value.toLowerCase() !== 'to') return found
    if (quotedTokens(tokens).some(Boolean)) return found
    const comma = tokens.findIndex((token) => token.kind === 'punctuation')
    if (comma === -1 || tokens[comma]?.value !== ',') return found
    const to = tokens.indexOf(words[1])
    const source = trimTokens(tokens.slice(to + 1, comma))
    const claim = capitalize(trimTokens(tokens.slice(comma + 1)))
    if (wordCount(source) < 1 || wordCount(source) > mostSourceWords) return found
    if (wordCount(claim) < fewestClaimWords || !hasFiniteVerb(claim) || !opensClause(claim)) return found
    found.push({
      sentences: [closeSentence(claim), sourceSentence(source)],
      reason: `Gave the claim its own sentence and its source after it: “According to ${source.map((token) => token.value).join('')}”.`,
      key: 'according-to'
    })
    return found
  }
}
