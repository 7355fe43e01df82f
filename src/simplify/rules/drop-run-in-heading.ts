import {isFiniteVerb} from '../clause-shape.ts'
import type {Candidate, Rule} from '../rule.ts'
import {capitalize, trimTokens, type Token} from '../sentence-tokens.ts'

/** Capitalised words that open a sentence: after a run-in heading, the sentence starts here. */
const sentenceOpeners = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'It', 'They', 'We', 'His', 'Her', 'Its', 'Their', 'After',
  'During', 'By', 'From', 'This', 'These', 'Those', 'There', 'When', 'While', 'Although', 'Since', 'Following',
  'Despite', 'Before', 'Until', 'Under', 'Many', 'Most', 'Some', 'All', 'Each'
])

/** First words of the section headings of encyclopaedias and reports (`History`, `Early life`, `Track listing`). */
const headingWords = new Set([
  'history', 'geography', 'economy', 'education', 'religion', 'career', 'biography', 'etymology', 'name', 'naming',
  'description', 'overview', 'background', 'demographics', 'culture', 'politics', 'government', 'climate',
  'transport', 'transportation', 'sports', 'sport', 'music', 'discography', 'filmography', 'legacy', 'reception',
  'plot', 'synopsis', 'characters', 'appearance', 'behaviour', 'behavior', 'habitat', 'distribution', 'ecology',
  'diet', 'reproduction', 'taxonomy', 'classification', 'structure', 'design', 'development', 'production',
  'release', 'introduction', 'definition', 'origins', 'origin', 'early', 'personal', 'death', 'awards', 'honours',
  'honors', 'works', 'publications', 'track', 'location', 'population', 'infrastructure', 'tourism', 'media',
  'gameplay', 'story', 'backstory', 'summary', 'aftermath', 'impact', 'preparations', 'meteorological', 'charity',
  'styles', 'style', 'prevalence', 'railways', 'partnerships', 'simplification', 'academics', 'influences',
  'current', 'original', 'external', 'election', 'elections', 'regular',
  'administration', 'architecture', 'attractions', 'cuisine', 'features', 'facilities', 'function', 'anatomy',
  'symptoms', 'causes', 'treatment', 'diagnosis', 'uses', 'usage', 'etymology', 'terminology', 'overview',
  'characteristics', 'controversy', 'criticism', 'operations', 'services', 'subdivisions', 'administrative',
  'municipalities', 'sister', 'twin', 'notable', 'famous', 'squad', 'club', 'team', 'season', 'league', 'results',
  'statistics', 'records', 'achievements', 'playing', 'coaching', 'managerial', 'international', 'professional',
  'political', 'military', 'later', 'life', 'family', 'marriage', 'retirement', 'legacy', 'recognition', 'honours'
])

/** Words that are never a heading: they open or belong to a sentence (`In`, `Today`, `He`). */
const notHeadingWords = new Set([
  'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'of', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i',
  'you', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'today', 'yesterday',
  'tomorrow', 'now', 'then', 'meanwhile', 'later', 'earlier', 'recently', 'currently', 'also', 'however', 'still',
  'finally', 'first', 'next', 'last', 'again', 'once', 'overall', 'instead', 'otherwise', 'afterwards', 'sometimes',
  'often', 'soon', 'so', 'but', 'yet', 'thus', 'hence', 'indeed', 'besides', 'moreover', 'nevertheless', 'what',
  'who', 'when', 'where', 'why', 'how', 'if', 'as', 'after', 'before', 'during', 'since', 'until', 'while',
  'although', 'though', 'because', 'not', 'no', 'yes', 'every', 'each', 'all', 'some', 'many', 'most', 'one'
])

/**
 * Drop a section heading that copied text ran into the sentence:
 * `History The district was created in 1994.` → `The district was created in 1994.`
 * Only one to four heading words (the first a usual heading word such as
 * `History`, the others in lower case, none a verb, a pronoun, a preposition or
 * a time word) before a capitalised word that opens a sentence and a
 * lower-case word after it; the guard still keeps any name or number.
 */
export const dropRunInHeading: Rule = {
  name: 'drop-run-in-heading',
  levels: ['plain', 'easy'],
  triggers: [[...headingWords]],
  candidates(tokens) {
    const words: Array<{token: Token; at: number}> = []
    for (let at = 0; at < tokens.length && words.length < 7; at++) {
      const token = tokens[at]
      if (token?.kind === 'word') words.push({token, at})
      else if (token?.kind !== 'space') break
    }
    for (let count = 1; count <= 4 && count + 1 < words.length; count++) {
      const heading = words.slice(0, count)
      const opener = words[count]
      const after = words[count + 1]
      if (opener === undefined || after === undefined) break
      const first = heading[0]?.token.value ?? ''
      if (!/^\p{Lu}\p{Ll}/u.test(first)) return []
      const bad = heading.some(({token}, place) => {
        const lower = token.value.toLowerCase()
        // An adverb (`Recently`) is no heading word; the first word is checked against the heading list below.
        return (notHeadingWords.has(lower) && lower !== 'of' && lower !== 'and') || isFiniteVerb(lower) || (place > 0 && /ly$/.test(lower)) || /\d/.test(lower)
      })
      if (bad || notHeadingWords.has(first.toLowerCase()) || !headingWords.has(first.toLowerCase())) return []
      // After the first word a heading is written in lower case (`Early life`), so a name is never taken for one.
      if (heading.slice(1).some(({token}) => !/^\p{Ll}/u.test(token.value))) return []
      const last = heading.at(-1)?.token.value.toLowerCase()
      if (last === 'of' || last === 'and') continue
      if (!sentenceOpeners.has(opener.token.value) || !/^\p{Ll}/u.test(after.token.value) && !/^\d/.test(after.token.value)) continue
      const removed = heading.map(({token}) => token.value).join(' ')
      const candidate: Candidate = {
        sentences: [capitalize(trimTokens(tokens.slice(opener.at)))],
        reason: `Dropped the heading “${removed}” that ran into the sentence.`,
        key: `heading@${count}`,
        drops: heading.map(({token}) => token.value)
      }
      return [candidate]
    }
    return []
  }
}
