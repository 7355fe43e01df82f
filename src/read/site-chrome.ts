/**
 * Lines of website furniture that readers copy along with an article: comment prompts, share
 * buttons, advertising labels, "related" lists, newsletter boxes, navigation. Each pattern matches
 * a whole line (trimmed, lower-cased, with decorative punctuation and counts removed).
 */
const anywherePatterns: readonly RegExp[] = [
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|paid content|story continues(?: below(?: advertisement)?)?|article continues below(?: advertisement)?|continue reading(?: the main story)?|skip advert(?:isement)?)$/
]

const edgePatterns: readonly RegExp[] = [
  ...anywherePatterns,
  /^(?:leave|post|add|write|submit|join)(?: a| your| the)? (?:comment|reply|response|discussion|conversation)s?$/,
  /^(?:view|show|read|see|load|hide|open|jump to)(?: all| more| the)?(?: \d+)? (?:comment|repl(?:y|ies)|response)s?$/,
  /^(?:\d+ )?(?:comments?|repl(?:y|ies)|responses?|discussion)(?: \d+)?$/,
  /^(?:share|sharing)(?: this| the)?(?: article| story| post| page| link)?(?: on| via| with)?(?: \w+)?$/,
  /^(?:tweet|pin it|pin|email|e-mail|print|copy link|link copied|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|flipboard|messenger|bluesky|mastodon|threads)$/,
  /^(?:related|related (?:articles?|stories|posts|content|coverage|topics|links)|read more|read next|up next|more (?:from|on|in|stories|news|like this)(?: .{0,40})?|recommended(?: for you| stories| articles)?|you (?:may|might) also (?:like|be interested in)|most (?:read|popular|viewed|shared)|trending(?: now)?|don'?t miss|see also|editor'?s picks)$/,
  /^(?:subscribe|subscribe now|sign up|sign in|log in|register|follow us|follow|newsletter|get the newsletter|sign up for (?:our|the) .{0,40}|subscribe to (?:our|the) .{0,40}|follow us on .{0,30}|join (?:our|the) newsletter)$/,
  /^(?:tags?|topics?|filed under|posted in|categories|category|keywords)\s*:.*$/,
  /^(?:skip to (?:main )?content|skip navigation|menu|main menu|search|home|back to top|top of page|close|open menu|toggle navigation)$/,
  /^(?:was this (?:article|story|page) helpful\??|report an? (?:error|correction|typo)|corrections?|send us a tip)$/,
  /^(?:image|photo|video|illustration)(?: credit)?\s*:.*$/,
  /^(?:all rights reserved\.?|©.*|copyright .*)$/
]

/** Normalise a line for matching: lower case, without counts, arrows, bullets or trailing colons. */
function normalise(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[\s\-–—•·|»›>#*_]+|[\s\-–—•·|»›<>:!*_]+$/g, '')
    .replace(/\(\s*\d+\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Words in a line, to keep long lines (real sentences) out of every pattern. */
function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length
}

/**
 * Whether `line` is site chrome that can appear at the start or the end of copied text
 * ("Leave a Comment", "Share this", "12 Comments", "Related articles", "Skip to content"…).
 *
 * Returns `true` for a short line that matches a chrome pattern; sentences never match.
 */
export function isEdgeChrome(line: string): boolean {
  const value = normalise(line)
  if (value === '' || wordCount(value) > 8) return false
  return edgePatterns.some((pattern) => pattern.test(value))
}

/**
 * Whether `line` is chrome that can sit between paragraphs of copied text ("Advertisement",
 * "Story continues below advertisement").
 *
 * Returns `true` for such a line.
 */
export function isInlineChrome(line: string): boolean {
  const value = normalise(line)
  if (value === '' || wordCount(value) > 6) return false
  return anywherePatterns.some((pattern) => pattern.test(value))
}

/**
 * Drop site chrome from a list of paragraphs: chrome paragraphs at the start and end
 * (repeatedly, so "Share this" then "Leave a Comment" both go) and advertising labels anywhere.
 *
 * Returns the paragraphs that are the article; the input is not changed.
 */
export function dropChrome(paragraphs: readonly string[]): string[] {
  let start = 0
  let end = paragraphs.length
  while (start < end && (isEdgeChrome(paragraphs[start] ?? '') || (paragraphs[start] ?? '').trim() === '')) start++
  while (end > start && (isEdgeChrome(paragraphs[end - 1] ?? '') || (paragraphs[end - 1] ?? '').trim() === '')) end--
  return paragraphs.slice(start, end).filter((paragraph) => !isInlineChrome(paragraph))
}
