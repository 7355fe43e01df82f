import {isMap, isScalar, isSeq, type Node as YamlNode, type Pair} from 'yaml'
import type {ContentProblem} from '../content/front-matter.ts'
import {termId, termSlug, type GlossaryEntry, type Pronunciation} from './glossary-entry.ts'

/** The keys an entry may have; `term` and `definition` are required. */
export const glossaryEntryKeys = ['term', 'aliases', 'expansion', 'definition', 'example', 'pronunciation'] as const

/** The keys of a `pronunciation`; both are required. */
export const pronunciationKeys = ['respelling', 'say'] as const

/** Longest definition, in characters: one or two short sentences. */
export const maxDefinitionLength = 300

/** Turns an offset into the YAML text into a 1-based line of the file. */
type LineOf = (offset: number) => number

function lineOfNode(node: unknown, lineOf: LineOf, fallback: number): number {
  const range = (node as {range?: readonly number[] | null} | null | undefined)?.range
  return range && typeof range[0] === 'number' ? lineOf(range[0]) : fallback
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : ''
}

function textValue(node: unknown): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined
  const value = node.value.trim().replace(/\s+/g, ' ')
  return value === '' ? undefined : value
}

/**
 * Validate a YAML list of glossary entries (the whole `content/glossary.yaml`, or an article's
 * `glossary:` front matter) against the glossary schema.
 *
 * Returns the valid entries and one problem, with its line, per broken key; a broken entry is
 * left out, the others are kept. Terms and aliases must be unique across the list.
 */
export function validateGlossary(
  node: YamlNode | null | undefined,
  lineOf: LineOf,
  fallbackLine = 1
): {entries: GlossaryEntry[]; problems: ContentProblem[]} {
  const entries: GlossaryEntry[] = []
  const problems: ContentProblem[] = []
  if (node === null || node === undefined) return {entries, problems}
  if (!isSeq(node)) {
    problems.push({
      line: lineOfNode(node, lineOf, fallbackLine),
      reason: 'The glossary must be a YAML list of entries, each starting with `- term:`'
    })
    return {entries, problems}
  }

  /** Each matching form (lowercased) and the line of the entry that claimed it first. */
  const claimed = new Map<string, {term: string; line: number}>()

  for (const item of node.items) {
    const line = lineOfNode(item, lineOf, fallbackLine)
    if (!isMap(item)) {
      problems.push({line, reason: 'A glossary entry must be a mapping with `term:` and `definition:`'})
      continue
    }
    const before = problems.length
    const fields = new Map<string, Pair>()
    for (const pair of item.items) {
      const key = keyOf(pair)
      const keyLine = lineOfNode(pair.key, lineOf, line)
      if (!(glossaryEntryKeys as readonly string[]).includes(key)) {
        problems.push({
          line: keyLine,
          reason: `Unknown glossary key \`${key}\`: expected one of ${glossaryEntryKeys.join(', ')}`
        })
        continue
      }
      if (fields.has(key)) {
        problems.push({line: keyLine, reason: `Duplicate glossary key \`${key}\``})
        continue
      }
      fields.set(key, pair)
    }

    const valueLine = (key: string) => lineOfNode(fields.get(key)?.value ?? fields.get(key)?.key, lineOf, line)
    const optionalText = (key: string, required = false): string | null => {
      const pair = fields.get(key)
      if (!pair) return null
      if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
        if (required) problems.push({line: valueLine(key), reason: `\`${key}\` must be non-empty text`})
        return null
      }
      const value = textValue(pair.value)
      if (value === undefined) problems.push({line: valueLine(key), reason: `\`${key}\` must be non-empty text`})
      return value ?? null
    }

    const term = optionalText('term', true)
    if (fields.get('term') === undefined) problems.push({line, reason: 'Missing required glossary key `term`'})
    if (term !== null && termSlug(term) === '') {
      problems.push({line: valueLine('term'), reason: '`term` must contain letters or digits'})
    }
    const definition = optionalText('definition', true)
    if (definition === null && fields.get('definition') === undefined) {
      problems.push({line, reason: `Missing required glossary key \`definition\`${term ? ` for \`${term}\`` : ''}`})
    }
    if (definition !== null && definition.length > maxDefinitionLength) {
      problems.push({
        line: valueLine('definition'),
        reason: `\`definition\` is ${definition.length} characters long: keep it to one or two short sentences (at most ${maxDefinitionLength})`
      })
    }
    const expansion = optionalText('expansion')
    const example = optionalText('example')

    const aliases: string[] = []
    const aliasPair = fields.get('aliases')
    if (aliasPair && aliasPair.value !== null) {
      if (!isSeq(aliasPair.value)) {
        problems.push({line: valueLine('aliases'), reason: '`aliases` must be a YAML list of text'})
      } else {
        for (const alias of aliasPair.value.items) {
          const value = textValue(alias)
          if (value === undefined || termSlug(value) === '') {
            problems.push({line: lineOfNode(alias, lineOf, line), reason: 'Each alias must be non-empty text with letters or digits'})
          } else aliases.push(value)
        }
      }
    }

    let pronunciation: Pronunciation | null = null
    const pronunciationPair = fields.get('pronunciation')
    if (pronunciationPair && pronunciationPair.value !== null) {
      const value = pronunciationPair.value
      if (!isMap(value)) {
        problems.push({line: valueLine('pronunciation'), reason: '`pronunciation` must be a mapping with `respelling:` and `say:`'})
      } else {
        const parts: Record<string, string> = {}
        for (const pair of value.items) {
          const key = keyOf(pair)
          const keyLine = lineOfNode(pair.key, lineOf, line)
          if (!(pronunciationKeys as readonly string[]).includes(key)) {
            problems.push({line: keyLine, reason: `Unknown pronunciation key \`${key}\`: expected respelling, say`})
            continue
          }
          const text = textValue(pair.value)
          if (text === undefined) problems.push({line: keyLine, reason: `\`pronunciation.${key}\` must be non-empty text`})
          else parts[key] = text
        }
        for (const key of pronunciationKeys) {
          if (!Object.hasOwn(value.toJSON() as object, key)) {
            problems.push({line: valueLine('pronunciation'), reason: `Missing required pronunciation key \`${key}\``})
          }
        }
        if (parts['respelling'] !== undefined && parts['say'] !== undefined) {
          pronunciation = {respelling: parts['respelling'], say: parts['say']}
        }
      }
    }

    if (term !== null) {
      for (const form of [term, ...aliases]) {
        const key = termSlug(form)
        const previous = claimed.get(key)
        if (previous && previous.term !== term) {
          problems.push({
            line,
            reason: `\`${form}\` is already a term or alias of \`${previous.term}\` (line ${previous.line}): a form may name one entry only`
          })
        } else if (!previous) claimed.set(key, {term, line})
      }
    }

    if (problems.length > before || term === null || definition === null) continue
    entries.push({id: termId(term), term, aliases, expansion, definition, example, pronunciation})
  }

  return {entries, problems}
}
