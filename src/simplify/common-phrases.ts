/**
 * Formal words and phrases of encyclopaedic and news text, with the common
 * words plain writers use instead. Every inflection is written out (no
 * guessing of forms); an entry only lists a swap that keeps the meaning in the
 * context its condition allows.
 */
export interface CommonPhrase {
  /** The formal phrase, lower case, words separated by single spaces. */
  readonly phrase: string
  /** What plain writers write instead (same tense and number). */
  readonly plain: string
  /** The swap only applies right after one of these words (lower case). */
  readonly after?: readonly string[]
  /** The swap never applies right after one of these words (lower case). */
  readonly notAfter?: readonly string[]
  /** The swap never applies right before one of these words (lower case). */
  readonly notBefore?: readonly string[]
  /** The swap only applies right before one of these words (lower case). */
  readonly before?: readonly string[]
}

/** Words before `located` that make it a verb or an adverb that needs it (`he located`, `centrally located`). */
const notBeforeLocated = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'he', 'she', 'they', 'we', 'i', 'it', 'who', 'which', 'that',
  'centrally', 'conveniently', 'strategically', 'ideally', 'also', 'now', 'currently', 'once', 'originally', 'formerly',
  'previously', 'then', 'still', 'mainly', 'mostly', 'primarily', 'partly', 'both', 'all', 'not', 'and', 'or'
]

/** Forms of `be`: after them a past participle is passive. */
const beForms = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']

/** The table, longest phrases first where they share a first word. */
export const commonPhrases: readonly CommonPhrase[] = [
  // Verbs of happening and being.
  {phrase: 'occurred', plain: 'happened'},
  {phrase: 'occurs', plain: 'happens'},
  {phrase: 'occur', plain: 'happen'},
  {phrase: 'occurring', plain: 'happening'},
  {phrase: 'is derived from', plain: 'comes from'},
  {phrase: 'are derived from', plain: 'come from'},
  {phrase: 'was derived from', plain: 'came from'},
  {phrase: 'were derived from', plain: 'came from'},
  {phrase: 'derives from', plain: 'comes from'},
  {phrase: 'derive from', plain: 'come from'},
  {phrase: 'derived from', plain: 'came from', notAfter: [...beForms, 'a', 'an', 'the', 'name', 'word', 'term', 'names', 'words', 'terms', 'products', 'compounds', 'has', 'have', 'had']},
  {phrase: 'consists of', plain: 'has'},
  {phrase: 'consist of', plain: 'have', notAfter: ['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'does', 'did', 'do']},
  {phrase: 'consisted of', plain: 'had'},
  {phrase: 'consisting of', plain: 'made up of'},
  {phrase: 'is composed of', plain: 'is made up of'},
  {phrase: 'are composed of', plain: 'are made up of'},
  {phrase: 'was composed of', plain: 'was made up of'},
  {phrase: 'were composed of', plain: 'were made up of'},
  {phrase: 'composed by', plain: 'written by'},
  {phrase: 'contains', plain: 'has', notAfter: beForms},
  {phrase: 'contained', plain: 'had', notAfter: [...beForms, 'has', 'have', 'had', 'easily', 'fully', 'self', 'well']},
  {phrase: 'containing', plain: 'with'},
  {phrase: 'remained', plain: 'stayed'},
  // Passive verbs of naming and seeing.
  {phrase: 'termed', plain: 'called'},
  {phrase: 'referred to as', plain: 'called'},
  {phrase: 'regarded as', plain: 'seen as'},
  {phrase: 'perceived as', plain: 'seen as'},
  {phrase: 'considered to be', plain: 'thought to be', after: beForms},
  {phrase: 'considered one of', plain: 'seen as one of', after: beForms},
  {phrase: 'considered a', plain: 'seen as a', after: beForms},
  {phrase: 'considered an', plain: 'seen as an', after: beForms},
  {phrase: 'considered the', plain: 'seen as the', after: beForms},
  {phrase: 'observed', plain: 'seen', after: beForms, notBefore: ['on', 'in', 'annually', 'every', 'each']},
  {phrase: 'located in', plain: 'in', notAfter: notBeforeLocated},
  {phrase: 'located on', plain: 'on', notAfter: notBeforeLocated},
  {phrase: 'located near', plain: 'near', notAfter: notBeforeLocated},
  {phrase: 'located at', plain: 'at', notAfter: notBeforeLocated},
  {phrase: 'established', plain: 'set up', after: beForms},
  {phrase: 'appointed', plain: 'named'},
  {phrase: 'convened', plain: 'met', notAfter: beForms},
  {phrase: 'stated that', plain: 'said that'},
  {phrase: 'has stated', plain: 'has said'},
  {phrase: 'have stated', plain: 'have said'},
  {phrase: 'received', plain: 'got', notAfter: [...beForms, 'has', 'have', 'had', 'well', 'widely', 'poorly', 'warmly', 'the', 'a', 'an', 'generally', 'positively', 'negatively', 'critically']},
  {phrase: 'participated in', plain: 'took part in'},
  {phrase: 'participating in', plain: 'taking part in'},
  {phrase: 'participates in', plain: 'takes part in'},
  {phrase: 'collaborated with', plain: 'worked with'},
  {phrase: 'collaborating with', plain: 'working with'},
  {phrase: 'sought to', plain: 'tried to'},
  {phrase: 'seeks to', plain: 'tries to'},
  {phrase: 'seek to', plain: 'try to'},
  {phrase: 'permitted', plain: 'allowed'},
  {phrase: 'prohibited', plain: 'banned'},
  {phrase: 'demolished', plain: 'torn down', after: beForms},
  {phrase: 'dissipated', plain: 'died out', notAfter: [...beForms, 'has', 'have', 'had']},
  {phrase: 'dissipating', plain: 'dying out'},
  {phrase: 'illustrates', plain: 'shows'},
  {phrase: 'discovered', plain: 'found'},
  {phrase: 'discovers', plain: 'finds'},
  {phrase: 'discover', plain: 'find'},
  {phrase: 'discovering', plain: 'finding'},
  {phrase: 'produced', plain: 'made'},
  {phrase: 'produces', plain: 'makes'},
  {phrase: 'created', plain: 'made'},
  {phrase: 'began', plain: 'started'},
  {phrase: 'begun', plain: 'started'},
  {phrase: 'attended', plain: 'went to', notAfter: [...beForms, 'has', 'have', 'had', 'well', 'poorly', 'the', 'a', 'an']},
  {phrase: 'portrayed as', plain: 'shown as'},
  {phrase: 'portrayed by', plain: 'played by'},
  {phrase: 'was defeated', plain: 'was beaten'},
  {phrase: 'were defeated', plain: 'were beaten'},
  {phrase: 'defeated', plain: 'beat', notAfter: [...beForms, 'has', 'have', 'had', 'the', 'a', 'an', 'been', 'undefeated']},
  {phrase: 'awarded', plain: 'given', after: beForms},
  {phrase: 'reigned', plain: 'ruled'},
  {phrase: 'completed', plain: 'finished'},
  {phrase: 'erected', plain: 'built'},
  {phrase: 'summoned', plain: 'called'},
  {phrase: 'remain', plain: 'stay', notAfter: ['the', 'mortal', 'human']},
  {phrase: 'receive', plain: 'get'},
  {phrase: 'receives', plain: 'gets', notAfter: beForms},
  {phrase: 'originates from', plain: 'comes from'},
  {phrase: 'originates in', plain: 'comes from'},
  {phrase: 'originated from', plain: 'came from'},
  {phrase: 'originated in', plain: 'came from'},
  {phrase: 'concerned about', plain: 'worried about'},
  {phrase: 'rather than', plain: 'instead of', before: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'being', 'using', 'having', 'making', 'taking']},
  {phrase: 'the rear of', plain: 'the back of'},
  // Nouns.
  {phrase: 'film', plain: 'movie', notAfter: ['thin', 'plastic', 'protective', 'oil', 'photographic', 'of']},
  {phrase: 'films', plain: 'movies', notAfter: ['thin', 'plastic', 'protective', 'oil', 'photographic']},
  {phrase: 'opportunity', plain: 'chance'},
  {phrase: 'opportunities', plain: 'chances'},
  {phrase: 'beverage', plain: 'drink'},
  {phrase: 'beverages', plain: 'drinks'},
  {phrase: 'rainfall', plain: 'rain'},
  {phrase: 'flora', plain: 'plants'},
  {phrase: 'fauna', plain: 'animals'},
  {phrase: 'portion', plain: 'part'},
  {phrase: 'portions', plain: 'parts'},
  {phrase: 'persons', plain: 'people'},
  // Adverbs and adjectives.
  {phrase: 'annually', plain: 'every year'},
  {phrase: 'gradually', plain: 'slowly'},
  {phrase: 'originally', plain: 'first', notBefore: ['from', 'a', 'an', 'the', 'in', 'on', 'at', 'of']},
  {phrase: 'predominant', plain: 'main'},
  {phrase: 'prevalent', plain: 'common'},
  {phrase: 'analogous', plain: 'similar'},
  {phrase: 'wealthy', plain: 'rich'},
  {phrase: 'virtually', plain: 'almost'},
  {phrase: 'simply', plain: 'just', notAfter: ['quite', 'very', 'more', 'most']},
  {phrase: 'roughly', plain: 'about'},
  {phrase: 'largely', plain: 'mostly'},
  {phrase: 'generally', plain: 'usually'},
  {phrase: 'relatively', plain: 'fairly'},
  {phrase: 'somewhat', plain: 'a little'},
  {phrase: 'eventually', plain: 'finally'},
  {phrase: 'massive', plain: 'huge'},
  {phrase: 'various', plain: 'different', notAfter: ['the']},
  {phrase: 'necessary', plain: 'needed', notAfter: ['if', 'when', 'where', 'not', 'more', 'less', 'most', 'absolutely', 'deemed']},
  {phrase: 'in particular', plain: 'especially'},
  {phrase: 'the beginning of', plain: 'the start of'},
  {phrase: 'beginning in', plain: 'starting in'},
  {phrase: 'residents', plain: 'people', notAfter: ['permanent', 'legal', 'foreign']},
  // Prepositions.
  {phrase: 'upon', plain: 'on', notAfter: ['once', 'based', 'depend', 'depends', 'depended', 'depending', 'rely', 'relies', 'relied', 'relying', 'agreed', 'agree', 'called', 'call', 'calls', 'look', 'looked', 'looks', 'up', 'built', 'acted', 'act']},
  {phrase: 'following the', plain: 'after the', notAfter: ['the', 'a', 'an', 'in', 'of', 'by', 'is', 'was', 'are', 'were', 'be', 'been', 'and', 'or']},
  {phrase: 'following his', plain: 'after his', notAfter: ['the', 'a', 'an', 'in', 'of', 'by', 'is', 'was', 'are', 'were', 'be', 'been', 'and', 'or']},
  {phrase: 'following her', plain: 'after her', notAfter: ['the', 'a', 'an', 'in', 'of', 'by', 'is', 'was', 'are', 'were', 'be', 'been', 'and', 'or']},
  {phrase: 'following their', plain: 'after their', notAfter: ['the', 'a', 'an', 'in', 'of', 'by', 'is', 'was', 'are', 'were', 'be', 'been', 'and', 'or']},
  {phrase: 'following its', plain: 'after its', notAfter: ['the', 'a', 'an', 'in', 'of', 'by', 'is', 'was', 'are', 'were', 'be', 'been', 'and', 'or']},
  {phrase: 'following a', plain: 'after a', notAfter: ['the', 'a', 'an', 'in', 'of', 'by', 'is', 'was', 'are', 'were', 'be', 'been', 'and', 'or', 'has', 'have', 'had', 'gained', 'built']},
  {phrase: 'following an', plain: 'after an', notAfter: ['the', 'a', 'an', 'in', 'of', 'by', 'is', 'was', 'are', 'were', 'be', 'been', 'and', 'or', 'has', 'have', 'had']}
]
