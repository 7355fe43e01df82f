import type {Parents, Root} from 'nlcst'
import {isLiteral} from 'nlcst-is-literal'
import {toString} from 'nlcst-to-string'
import {oneWordSuggestions} from './simplify-patterns.ts'
import {wordFrequency} from './word-frequency.ts'

/**
 * Hard words with a plain word of the same meaning and the same part of
 * speech, every inflection written out (so no guessing of forms). Curated for
 * news and encyclopaedic text; a word is only listed when the swap keeps the
 * meaning in nearly every context.
 */
const curated: Readonly<Record<string, string>> = {
  approximately: 'about', numerous: 'many', commence: 'begin', commences: 'begins', commenced: 'began',
  commencing: 'beginning', utilize: 'use', utilizes: 'uses', utilized: 'used', utilizing: 'using',
  utilise: 'use', utilises: 'uses', utilised: 'used', utilising: 'using', purchase: 'buy', purchased: 'bought',
  purchases: 'buys', purchasing: 'buying', obtain: 'get', obtains: 'gets', obtaining: 'getting',
  assist: 'help', assists: 'helps', assisted: 'helped', assisting: 'helping', assistance: 'help',
  subsequently: 'later', consequently: 'so', therefore: 'so', frequently: 'often', individuals: 'people',
  sufficient: 'enough', demonstrate: 'show', demonstrates: 'shows', demonstrated: 'showed',
  demonstrating: 'showing', require: 'need', requires: 'needs', required: 'needed', requiring: 'needing',
  reside: 'live', resides: 'lives', resided: 'lived', residing: 'living', residence: 'home',
  construct: 'build', constructs: 'builds', constructed: 'built', constructing: 'building',
  terminate: 'end', terminates: 'ends', terminated: 'ended', terminating: 'ending', facilitate: 'help',
  facilitates: 'helps', facilitated: 'helped', modify: 'change', modifies: 'changes', modified: 'changed',
  modification: 'change', modifications: 'changes', currently: 'now', previously: 'before', inquire: 'ask',
  inquired: 'asked', endeavor: 'try', endeavour: 'try', remainder: 'rest', fundamental: 'basic',
  deceased: 'dead', perished: 'died', perish: 'die', depart: 'leave',
  departs: 'leaves', departed: 'left', departing: 'leaving', retain: 'keep', retains: 'keeps', retained: 'kept',
  retaining: 'keeping', alter: 'change', alters: 'changes', altered: 'changed', altering: 'changing',
  commonly: 'often', typically: 'usually', predominantly: 'mostly', primarily: 'mainly', principally: 'mainly',
  thereafter: 'after that', whilst: 'while', amongst: 'among', renowned: 'famous', sole: 'only',
  solely: 'only', merely: 'only', encompass: 'include', encompasses: 'includes', encompassed: 'included',
  encompassing: 'including', comprises: 'includes', comprised: 'included', demise: 'death', attain: 'reach',
  attains: 'reaches', attained: 'reached', initial: 'first', cease: 'stop',
  ceases: 'stops', ceased: 'stopped', conceal: 'hide', concealed: 'hid', vicinity: 'area',
  principal: 'main', additional: 'more', nevertheless: 'still', nonetheless: 'still', 
  regarding: 'about', concerning: 'about', numerals: 'numbers', inhabitants: 'people',
  employment: 'work', possess: 'have',
  possesses: 'has', possessed: 'had', possessing: 'having', acquire: 'get', acquires: 'gets',
  acquired: 'got', eminent: 'famous', extensive: 'large',
  substantial: 'large', sizable: 'large', considerable: 'large', enormous: 'huge', immense: 'huge',
  minuscule: 'tiny', rapid: 'fast', rapidly: 'quickly', swiftly: 'quickly', 
  indicate: 'show', indicates: 'shows',
  indicated: 'showed', inform: 'tell', informed: 'told', informs: 'tells', 
  aid: 'help', aided: 'helped', 
  titled: 'called', designated: 'named',
  depict: 'show',
  depicts: 'shows', depicted: 'showed', depicting: 'showing', 
  sufficiently: 'enough',
  abundant: 'plentiful', ascertain: 'find out', ascertained: 'found out', anticipate: 'expect',
  anticipated: 'expected', anticipates: 'expects', vast: 'huge', contemporary: 'modern',
  elevation: 'height', dwelling: 'home', dwellings: 'homes',
  physician: 'doctor', physicians: 'doctors', automobile: 'car', automobiles: 'cars', infant: 'baby',
  infants: 'babies', manufacture: 'make', manufactured: 'made', manufactures: 'makes', manufacturing: 'making',
  transmit: 'send', transmitted: 'sent', transmits: 'sends', 
  commencement: 'start', endeavored: 'tried', endeavoured: 'tried',
  attempted: 'tried', attempts: 'tries', attempting: 'trying', assembled: 'gathered', 
  deem: 'think', deemed: 'thought', disseminate: 'spread', disseminated: 'spread', erroneous: 'wrong',
  evident: 'clear', expedite: 'speed up', fabricate: 'make', fabricated: 'made',
  inception: 'start', initiate: 'start', initiated: 'started', initiates: 'starts', 
  optimal: 'best', optimum: 'best', participate: 'take part', 
  proceed: 'go', proceeded: 'went', procure: 'get', procured: 'got', relocate: 'move',
  relocated: 'moved', relocates: 'moves', relocating: 'moving',
  subsequent: 'later', 
  transform: 'change', transformed: 'changed', transforms: 'changes',
  verify: 'check', verified: 'checked', visualize: 'see', whereby: 'by which', wherein: 'in which',
  previous: 'earlier', mainly: 'mostly', perhaps: 'maybe', possibly: 'maybe', usage: 'use',
  create: 'make', creates: 'makes', creating: 'making', incorporates: 'includes', incorporating: 'including',
  fortnight: 'two weeks', largest: 'biggest', formerly: 'once', precise: 'exact', precisely: 'exactly', firearms: 'guns'
}

/** Words whose retext-simplify suggestion changes the meaning in common contexts, so they are never swapped. */
const ambiguous = new Set([
  'however', 'additionally', 'thus', 'therefore', 'hence',
  'address', 'function', 'close', 'contains', 'provide', 'provides', 'provided', 'type', 'types',
  'similar', 'forward', 'forwarded', 'identify', 'indication', 'initial', 'maximum', 'minimum', 'presently',
  'submit', 'accompany', 'accurate', 'delete', 'equitable', 'feasible', 'henceforth', 'impact', 'implement',
  'monitor', 'notify', 'observe', 'permit', 'portion', 'proficiency', 'render', 'request', 'selection',
  'state', 'transmit', 'witnessed', 'reflect', 'represents', 'represent', 'represented', 'sustain',
  'effect', 'component', 'components', 'perform', 'performed', 'performs', 'capability', 'establish',
  'evaluate', 'option', 'optimum', 'parameters', 'remain', 'remained', 'remains', 'remaining', 'retain',
  'selected', 'sufficient', 'therein', 'timely', 'validate', 'viable', 'herein', 'equivalent', 'exhibit',
  'objective', 'locate', 'located', 'receive', 'received', 'receives', 'receiving', 'elevated', 'conclusion',
  // `females` of a species are not `women`.
  'female', 'females', 'male', 'males'
])

/**
 * Plain alternatives that `retext-simplify`'s phrase table suggests for the
 * single words of a text: for each, the most frequent one-word suggestion
 * (SUBTLEX-US), kept only when it is far more common than the word it replaces
 * and the word is not known to be ambiguous. As in the plugin, a word quoted or
 * set apart (`"utilize"`, `(utilize)`) is left out.
 *
 * Returns a map from the lower-case word to its plain alternative.
 */
export function retextSimplifyWords(tree: Root): Map<string, string> {
  const found = new Map<string, string>()
  const stack: Parents[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()
    if (parent === undefined) break
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index]
      if (node === undefined) continue
      if (node.type === 'WordNode') {
        const key = toString(node).toLowerCase()
        const plain = aloneSuggestion(key)
        if (plain !== null && !isLiteral(parent, index)) found.set(key, plain)
      } else if ('children' in node) {
        stack.push(node)
      }
    }
  }
  return found
}

/** Per word (lower case, as written): its plain alternative when it stands alone, or `null`. */
const wordSuggestions = new Map<string, string | null>()

/** Words remembered in `wordSuggestions` before it starts over (bounds the memory). */
const maxRememberedWords = 50_000

/**
 * The plain alternative of a word (lower case, as written) when it stands alone: what
 * `retext-simplify` reports for a sentence of that word only (looked up in its phrase table).
 *
 * Returns the plain word, or `null` when there is none.
 */
function aloneSuggestion(key: string): string | null {
  let known = wordSuggestions.get(key)
  if (known === undefined) {
    known = null
    for (const expected of oneWordSuggestions(key)) known = plainAlternative(key, expected) ?? known
    if (wordSuggestions.size >= maxRememberedWords) wordSuggestions.clear()
    wordSuggestions.set(key, known)
  }
  return known
}

/**
 * The most frequent one-word suggestion (SUBTLEX-US) for a word the plugin reports (`actual`,
 * lower case), kept only when it is far more common than the word and the word is one word,
 * not known to be ambiguous and not in the curated table.
 *
 * Returns the plain word, or undefined when none qualifies.
 */
function plainAlternative(actual: string, expected: readonly string[]): string | undefined {
  if (actual.includes(' ') || ambiguous.has(actual) || Object.hasOwn(curated, actual)) return undefined
  let best: string | undefined
  let bestCount = 0
  for (const option of expected) {
    if (option.includes(' ')) continue
    const count = wordFrequency(option)
    if (count > bestCount) {
      best = option
      bestCount = count
    }
  }
  return best !== undefined && bestCount > 20 * Math.max(wordFrequency(actual), 1) ? best : undefined
}

/** Returns the curated plain word for a hard one (lower case), or undefined when there is none. */
export function plainWord(lower: string): string | undefined {
  return curatedWords.get(lower)
}

/** The curated table as a map: it is asked about every word of every draft. */
const curatedWords: ReadonlyMap<string, string> = new Map(Object.entries(curated))
