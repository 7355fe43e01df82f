import {onlyFiniteVerb} from './part-of-speech.ts'
import type {Tokens} from './sentence-tokens.ts'

/** Pronouns that open a clause as its subject. */
const subjectPronouns = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those'])

/** Words that open a noun phrase. */
const determiners = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'that',
  'some', 'many', 'most', 'all', 'both', 'each', 'several', 'few', 'no', 'every', 'other', 'another',
  // Quantities: `about 1,000 people crossed`, `nearly half voted`.
  'about', 'around', 'nearly', 'almost', 'over', 'more', 'fewer', 'only', 'up', 'at'
])

/** Lower-case words that never open a clause as its subject. */
const notSubjects = new Set([
  'and', 'or', 'but', 'so', 'yet', 'nor', 'then', 'also', 'not', 'to', 'be', 'been', 'being', 'than', 'even',
  'just', 'still', 'only', 'very', 'much', 'more', 'less', 'most', 'such', 'what', 'which', 'who', 'whom',
  'whose', 'how', 'why', 'if', 'whether', 'either', 'neither', 'both', 'later', 'first', 'often', 'never'
])

/** Finite verbs and auxiliaries that show a clause. */
const finiteVerbs = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'should', 'shall', 'does', 'did', 'do', 'became', 'becomes', 'began', 'begins', 'went', 'goes', 'made',
  'makes', 'took', 'takes', 'won', 'wins', 'lost', 'left', 'came', 'comes', 'gave', 'gives', 'said', 'says',
  'found', 'held', 'holds', 'led', 'leads', 'wrote', 'writes', 'built', 'grew', 'grows', 'saw', 'sees', 'ran',
  'runs', 'met', 'fell', 'rose', 'spent', 'sold', 'bought', 'brought', 'told', 'tells', 'thought', 'knew',
  'paid', 'got', 'gets', 'kept', 'keeps', 'remains', 'lies', 'lay', 'stood', 'stands', 'sat', 'fought',
  'taught', 'sang', 'sings', 'felt', 'meant', 'means', 'needs', 'wants', 'lives', 'includes', 'contains',
  'consists', 'uses', 'plays', 'works', 'serves', 'appears', 'seems', 'hit', 'put', 'set', 'cut', 'spread',
  'caught', 'sought', 'struck', 'swept', 'broke', 'chose', 'drew', 'drove', 'ate', 'flew', 'forgot', 'froze',
  'hid', 'rode', 'rang', 'shook', 'spoke', 'stole', 'swam', 'threw', 'woke', 'wore', 'sent', 'lent', 'bent',
  'slept', 'wept', 'dealt', 'became', 'shot', 'won', 'bore', 'beat', 'fled', 'fed', 'bred', 'sang', 'sank'
])

/** `-ed` words that are no past tense, or nearly always a participle (`compared to`, `based on`). */
const notPastForms = new Set(['red', 'bed', 'indeed', 'hundred', 'need', 'compared', 'based', 'speed', 'seed', 'feed', 'breed', 'shed', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'kindred'])

/** Returns whether a lower-case word looks like a finite verb (an auxiliary, a listed verb or a regular past form). */
export function isFiniteVerb(lower: string): boolean {
  return finiteVerbs.has(lower) || onlyFiniteVerb(lower) || (/^[a-z]{3,}ed$/.test(lower) && !notPastForms.has(lower))
}

/** Returns the words (as written) of tokens up to the first comma, semicolon or colon. */
function wordsToPause(tokens: Tokens): string[] {
  const words: string[] = []
  for (const token of tokens) {
    if (token.kind === 'punctuation' && /^[,;:()–—]$/.test(token.value)) break
    if (token.kind === 'word') words.push(token.value)
  }
  return words
}

/**
 * Returns whether tokens open a clause: a subject (a pronoun, a determiner,
 * or a capitalised name) followed by a finite verb before the first pause.
 */
export function opensClause(tokens: Tokens): boolean {
  const words = wordsToPause(tokens)
  const first = words[0]
  if (first === undefined || words.length < 3) return false
  const lower = first.toLowerCase()
  // `that became famous`, `which was built`: a relative pronoun right before its verb opens no clause of its own.
  if ((lower === 'that' || lower === 'which' || lower === 'who') && isFiniteVerb((words[1] ?? '').toLowerCase())) return false
  if (subjectPronouns.has(lower) && lower !== 'this' && lower !== 'these' && lower !== 'those') {
    return words.length > 1 && !/ing$/.test((words[1] ?? '').toLowerCase())
  }
  // A bare noun may open a clause too (`patients taking the drug must …`), but not a verb, an
  // `-ing` or `-ly` word, or a word that opens a dependent phrase.
  const bareNoun =
    /^\p{Ll}+$/u.test(first) &&
    !isFiniteVerb(lower) &&
    !/(ing|ly)$/.test(lower) &&
    !dependentOpeners.has(lower) &&
    !notSubjects.has(lower)
  if (!determiners.has(lower) && !/^\p{Lu}/u.test(first) && !/^\d/.test(first) && !bareNoun) return false
  for (let index = 1; index < Math.min(words.length, 9); index++) {
    // A capitalised word inside is part of a name or title (`America's Got Talent`), not the clause's verb.
    if (/^\p{Lu}/u.test(words[index] ?? '')) continue
    const word = (words[index] ?? '').toLowerCase()
    const previous = (words[index - 1] ?? '').toLowerCase()
    // `more sophisticated`, `very crowded`: an adjective. After a bare noun (`constraints linked to …`)
    // an `-ed` word is most often a participle: only a sure verb makes a clause there.
    if (/ed$/.test(word) && (intensifiers.has(previous) || (bareNoun && !determiners.has(lower) && !finiteVerbs.has(word) && !onlyFiniteVerb(word)))) continue
    if (isFiniteVerb(word)) return true
    // A verb after `and`, a relative pronoun or a subordinator belongs to another clause
    // (`their first talks since the war began` is no clause).
    if (word === 'and' || word === 'or' || word === 'who' || word === 'which' || word === 'that' || clauseSubordinators.has(word)) return false
  }
  return false
}

/** Subordinators after which a verb is the subordinate clause's own. */
const clauseSubordinators = new Set(['since', 'when', 'because', 'after', 'before', 'while', 'if', 'although', 'though', 'until', 'where', 'whose', 'whom', 'unless', 'once'])

/** Words before an adjective (`more sophisticated`), never before a verb. */
const intensifiers = new Set(['more', 'most', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather', 'fairly', 'highly', 'well'])

/** Returns whether tokens contain a finite verb anywhere. */
export function hasFiniteVerb(tokens: Tokens): boolean {
  return tokens.some((token) => token.kind === 'word' && isFiniteVerb(token.value.toLowerCase()))
}

/** Words that open a phrase or clause that cannot stand alone as a sentence. */
const dependentOpeners = new Set([
  'according', 'even', 'in', 'on', 'at', 'after', 'before', 'despite', 'although', 'though', 'when', 'while', 'if',
  'because', 'since', 'as', 'with', 'without', 'by', 'for', 'from', 'during', 'following', 'unlike', 'like',
  'once', 'until', 'unless', 'whether', 'where', 'whereas', 'after', 'upon', 'under', 'over', 'among',
  'between', 'through', 'throughout', 'against', 'within', 'to', 'of', 'about', 'besides', 'instead'
])

/** Verbs that report speech: a clause made of a subject and one of them is an attribution, not a new fact. */
const reportingVerbs = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'reported', 'reports', 'stated', 'states', 'announced',
  'announces', 'wrote', 'writes', 'noted', 'notes', 'claimed', 'claims', 'explained', 'explains', 'argued',
  'argues', 'insisted', 'warned', 'confirmed', 'acknowledged', 'admitted', 'declared', 'according'
])

/** Returns whether tokens start with a word that makes them a dependent phrase (`Despite …`, `According to …`). */
export function opensDependent(tokens: Tokens): boolean {
  const first = tokens.find((token) => token.kind === 'word')
  return first !== undefined && dependentOpeners.has(first.value.toLowerCase()) && !opensWithDate(tokens)
}

/** Prepositions of a date phrase that may open a main clause (`In 1961 she made her debut`). */
const datePrepositions = new Set(['in', 'on', 'by', 'during', 'since', 'until', 'at'])

/**
 * Returns whether tokens open with a short date phrase (a preposition and up to
 * four words, one a year) and go straight on, without a comma, to a whole
 * clause: such a sentence is a main clause, not a dependent phrase.
 */
function opensWithDate(tokens: Tokens): boolean {
  const words: Array<{value: string; at: number}> = []
  for (let at = 0; at < tokens.length && words.length < 6; at++) {
    const token = tokens[at]
    if (token?.kind === 'punctuation') return false
    if (token?.kind === 'word') words.push({value: token.value, at})
  }
  if (!datePrepositions.has((words[0]?.value ?? '').toLowerCase())) return false
  for (let end = 2; end <= 5 && end < words.length; end++) {
    const next = words[end]
    if (next === undefined || !words.slice(1, end).some((item) => /^\d{4}s?$/.test(item.value))) continue
    if (opensClause(tokens.slice(next.at))) return true
  }
  return false
}

/** Words that make the clause they open dependent (`While Rore is best known …`). */
const subordinatingWords = new Set(['while', 'when', 'whenever', 'although', 'though', 'because', 'if', 'since', 'as', 'after', 'before', 'unless', 'until', 'whereas', 'once'])

/**
 * Returns whether a subordinating word stands before the first finite verb of
 * the tokens (`Sacred music While Rore is best known …`): its clause cannot
 * stand alone as a sentence.
 */
export function dependentBeforeVerb(tokens: Tokens): boolean {
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    const lower = token.value.toLowerCase()
    if (isFiniteVerb(lower)) return false
    if (subordinatingWords.has(lower)) return true
  }
  return false
}

/** Words that make a clause something other than a plain fact: a future, a wish, a condition, a denial. */
const notPlainFact = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'not', 'never', 'no', 'nor', 'if', 'unless', 'whether'])

/**
 * Returns whether lower-case words hold a word that makes their clause no plain fact (`will`,
 * `could`, `not`, `if` …, or a contraction in `n't`).
 */
export function holdsNoPlainFactWord(words: readonly string[]): boolean {
  return words.some((value) => notPlainFact.has(value) || /n[’']t$/.test(value))
}

/** Returns whether lower-case words name a word of `notPlainFact` itself (`will`, `not`, `if` …). */
export function isNotPlainFactWord(value: string): boolean {
  return notPlainFact.has(value)
}

/** Returns whether tokens hold a reporting verb (`said`, `told`, `according`) before the first pause. */
export function hasReportingVerb(tokens: Tokens): boolean {
  return wordsToPause(tokens).some((word) => reportingVerbs.has(word.toLowerCase()))
}

/** Words that make what follows them part of a subordinate clause or phrase. */
const subordinators = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'because', 'if', 'although', 'though', 'since', 'after',
  'before', 'while', 'besides', 'despite', 'unless', 'until', 'whether', 'where', 'as'
])

/**
 * Returns whether tokens end inside a subordinate clause or phrase
 * (`Officials reported that besides the deaths`): a subordinating word after
 * the last finite verb. Such a part cannot end a sentence of its own.
 */
export function endsInsideSubordinate(tokens: Tokens): boolean {
  let lastVerb = -1
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (token?.kind === 'word' && isFiniteVerb(token.value.toLowerCase())) lastVerb = index
  }
  return tokens.some((token, index) => {
    if (index <= lastVerb || token.kind !== 'word') return false
    const lower = token.value.toLowerCase()
    if (!subordinators.has(lower)) return false
    // `as`, `after`, `before`, `since` and `until` are prepositions too (`regarded as a continuation`,
    // `declined after the war`): a conjunction only when a clause follows.
    if (prepositionsToo.has(lower)) return opensClause(tokens.slice(index + 1).filter((item, at) => at > 0 || item.kind !== 'space'))
    return true
  })
}

/** Subordinating words that are also prepositions. */
const prepositionsToo = new Set(['as', 'after', 'before', 'since', 'until'])

/** Reporting verbs that are also plural nouns (`post-Soviet states`, `the reports`). */
const nounForms = new Set(['states', 'reports', 'claims', 'notes'])

/** Returns whether a word before a noun form makes it a noun: a determiner, a number, or an adjective-like word. */
function modifiesNoun(previous: string): boolean {
  const lower = previous.toLowerCase()
  return (
    determiners.has(lower) ||
    /^\d/.test(lower) ||
    /-/.test(lower) ||
    /^[a-z]{3,}(al|ian|ern|ic|ous|ive|ese|ish|ary|ful|less)$/.test(lower)
  )
}

/**
 * Returns whether any word of the tokens is a reporting verb: what follows may be reported speech.
 * A capitalised reporting word inside the sentence is part of a name (`the United States`), and a
 * plural noun form after a determiner or an adjective (`post-Soviet states`) is no verb.
 */
export function reportsSpeech(tokens: Tokens): boolean {
  let previous: string | undefined
  let seenWord = false
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    const lower = token.value.toLowerCase()
    if (reportingVerbs.has(lower)) {
      const name = seenWord && /^\p{Lu}/u.test(token.value)
      const noun = nounForms.has(lower) && previous !== undefined && modifiesNoun(previous)
      if (!name && !noun) return true
    }
    previous = token.value
    seenWord = true
  }
  return false
}
