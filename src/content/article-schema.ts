import {isMap, isScalar} from 'yaml'
import {lineOfKey, type ContentProblem, type SplitFile} from './front-matter.ts'

/** Front matter of an article, after validation. */
export interface ArticleMeta {
  readonly title: string
  /** Publication date, `YYYY-MM-DD`. */
  readonly date: string
  /** BCP 47 language tag of the article, such as `en` or `en-GB`. */
  readonly lang: string
  readonly dateline?: string
  readonly source?: string
  readonly summary?: string
  /** Reader age that hard sentences are flagged for (default 14, WCAG 3.1.5). */
  readonly targetAge?: number
  /** Per-article glossary entries, validated by the glossary schema. */
  readonly glossary?: readonly unknown[]
}

type Check = (value: unknown) => string | undefined

const text: Check = (value) =>
  typeof value === 'string' && value.trim() !== '' ? undefined : 'must be non-empty text'

const isoDate: Check = (value) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return 'must be a date written `YYYY-MM-DD`'
  }
  const date = new Date(value + 'T00:00:00Z')
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value
    ? 'is not a real calendar date'
    : undefined
}

const languageTag: Check = (value) =>
  typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)
    ? undefined
    : 'must be a BCP 47 language tag such as `en` or `en-GB`'

const age: Check = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 5 && value <= 22
    ? undefined
    : 'must be a whole number of years from 5 to 22'

const list: Check = (value) => (Array.isArray(value) ? undefined : 'must be a YAML list')

/** The front matter schema: each key, whether it is required, and its check. */
export const articleSchema: Readonly<Record<keyof ArticleMeta, {required: boolean; check: Check}>> = {
  title: {required: true, check: text},
  date: {required: true, check: isoDate},
  lang: {required: true, check: languageTag},
  dateline: {required: false, check: text},
  source: {required: false, check: text},
  summary: {required: false, check: text},
  targetAge: {required: false, check: age},
  glossary: {required: false, check: list}
}

/**
 * Validate the front matter of `split` against {@link articleSchema}.
 *
 * Returns the metadata, or the problems with the line each is on.
 */
export function validateArticleMeta(
  split: SplitFile
): {meta: ArticleMeta; problems: readonly []} | {meta: undefined; problems: readonly ContentProblem[]} {
  if (split.problems.length > 0) return {meta: undefined, problems: split.problems}
  const contents = split.document?.contents
  const problems: ContentProblem[] = []
  const data: Record<string, unknown> = {}

  if (isMap(contents)) {
    for (const pair of contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (!Object.hasOwn(articleSchema, key)) {
        problems.push({
          line: lineOfKey(split, key),
          reason: `Unknown front matter key \`${key}\`: expected one of ${Object.keys(articleSchema).join(', ')}`
        })
      }
    }
    Object.assign(data, split.document?.toJS() as Record<string, unknown>)
  }

  for (const [key, rule] of Object.entries(articleSchema)) {
    const value = data[key]
    if (value === undefined || value === null) {
      if (rule.required) {
        problems.push({line: split.yamlStartLine, reason: `Missing required front matter key \`${key}\``})
      }
      continue
    }
    const reason = rule.check(value)
    if (reason) problems.push({line: lineOfKey(split, key), reason: `\`${key}\` ${reason}`})
  }

  if (problems.length > 0) return {meta: undefined, problems}
  return {meta: data as unknown as ArticleMeta, problems: []}
}
