import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {escapeMarkdown, findDateline, isIsoDate, isLanguageTag, untitled, type ReadArticle} from './read-article.ts'
import {dropChrome, isEdgeChrome} from './site-chrome.ts'

/** Elements that are never article text. */
const neverText = 'script, style, noscript, template, iframe, object, embed, svg, canvas, video, audio, form, button, input, select, textarea, dialog, nav, aside, figure, figcaption, img, picture, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="search"], [role="banner"], [role="contentinfo"], [role="dialog"], [role="alert"]'

/** Class or id tokens of page furniture: share bars, comments, related links, newsletter boxes, ads. */
const furniture = /(?:^|[\s_-])(?:share|sharing|social|socials|comments?|comment-list|respond|disqus|related|recommended|more-stories|newsletter|subscribe|subscription|signup|promo|advert|advertisement|ads?|sponsor(?:ed)?|cookie|consent|breadcrumbs?|tags|tag-list|author-bio|paywall|popup|modal|toolbar|sidebar|widget|footer-links|skip-link|meta|byline|timestamp|read-?time|reading-time)(?:$|[\s_-])/i

/** Elements whose text is a paragraph of the article. */
const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DT', 'DD', 'PRE', 'TD', 'TH', 'CAPTION'])

/** Elements that break text into separate paragraphs but hold other blocks. */
const containerTags = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'HEADER', 'FOOTER', 'BODY', 'HTML', 'CENTER', 'ADDRESS', 'DETAILS', 'SUMMARY', 'HR'])

/** The minimal DOM shape this file walks (linkedom's nodes satisfy it). */
interface WalkNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly firstChild: WalkNode | null
  readonly nextSibling: WalkNode | null
}

/** Collapse whitespace the way a browser renders it. */
function squash(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim()
}

/** Collect the paragraphs of an element: one per block element, text between blocks joined. */
function paragraphsOf(root: WalkNode): string[] {
  const paragraphs: string[] = []
  let current = ''
  const flush = () => {
    const text = squash(current)
    if (text !== '') paragraphs.push(text)
    current = ''
  }
  const walk = (node: WalkNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const name = node.nodeName.toUpperCase()
    if (name === 'BR') {
      current += ' '
      return
    }
    const block = blockTags.has(name)
    const container = containerTags.has(name)
    if (block || container) flush()
    // Siblings one by one: linkedom builds `childNodes` anew on every access.
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child)
    if (block || container) flush()
  }
  walk(root)
  flush()
  return paragraphs
}

/** A paragraph that is only a date or time, as under a headline (`2 November 2023`, `March 12, 2024, 9:14 am`). */
const onlyDate = /^(?:(?:posted|published|updated|last updated)(?: on)?:?\s*)?(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?$/iu

/** Whether the paragraphs read like an article: some words in at least one real sentence. */
function looksLikeArticle(paragraphs: readonly string[]): boolean {
  const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length
  const sentences = paragraphs.filter((paragraph) => paragraph.split(/\s+/).length >= 8 && /[.!?"”’)]$/.test(paragraph))
  return words >= 25 && sentences.length > 0
}

/** Headline candidates of a page before furniture is removed: `h1`s (article first) and `og:title`. */
function headlineCandidates(document: Document): string[] {
  const candidates = [
    ...[...document.querySelectorAll('article h1, main h1, [itemprop="headline"], h1')].map((element) => element.textContent),
    document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    document.querySelector('meta[name="twitter:title"]')?.getAttribute('content')
  ]
  return candidates.map((candidate) => squash(candidate ?? '')).filter((candidate) => candidate !== '')
}

/**
 * Choose the headline: the document title often carries the site's name (`Storm hits | The Daily`),
 * so a heading or `og:title` that is the title's longest part wins; otherwise Readability's title.
 */
function pickTitle(found: string, candidates: readonly string[]): string | undefined {
  const title = squash(found)
  if (title === '') return candidates[0]
  const parts = title.split(/\s+[|\-–—·»:]\s+|\s*::\s*/).map((part) => part.trim())
  const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), '')
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  return candidates.find((candidate) => same(candidate, title)) ?? candidates.find((candidate) => same(candidate, longest) && parts.length > 1) ?? title
}

/** Limits that keep extraction fast on any page (linkedom and Readability slow down on huge or deep pages). */
export interface PageLimits {
  /** Deepest nesting of elements that need an end tag (default 1,000; real pages stay under 300). */
  readonly maxDepth: number
  /** Most elements (default 30,000; a long news page has about 5,000). */
  readonly maxElements: number
  /** Most words of visible text once scripts, navigation and furniture are gone (default 40,000). */
  readonly maxWords: number
}

/** The default page limits. */
export const defaultPageLimits: PageLimits = {maxDepth: 1000, maxElements: 30_000, maxWords: 40_000}

/** Why a page could not be read: no article in it, or too large or deep to read quickly. */
export interface PageProblem {
  readonly problem: 'no-article' | 'too-deep' | 'too-many-elements' | 'too-many-words'
}

/** Elements that must be closed, so counting them estimates how deep a page nests. */
const closedTag = /<(\/?)(?:div|span|section|article|main|header|footer|nav|aside|blockquote|a|b|i|em|strong|form|figure|table)\b[^<>]*?(\/?)>/gi

/** Deepest nesting of elements with end tags, estimated in one pass over the markup. */
function nestingDepth(html: string): number {
  let depth = 0
  let deepest = 0
  for (const match of html.matchAll(closedTag)) {
    if (match[2] === '/') continue
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1
    if (depth > deepest) deepest = depth
  }
  return deepest
}

/** Elements that never hold article text, removed from the markup before parsing to keep big pages small. */
const inertElements = ['script', 'style', 'svg', 'noscript', 'template', 'iframe']

/**
 * Remove comments and inert elements (scripts, styles, SVG…) from markup in one linear pass
 * (`indexOf`, no backtracking); an element or comment left open keeps the rest as it is.
 */
function stripInert(html: string): string {
  const lower = html.toLowerCase()
  let out = ''
  let index = 0
  // Once a closing mark is missing, later searches for it would scan to the end again: stop looking.
  const unclosed = new Set<string>()
  for (;;) {
    const open = lower.indexOf('<', index)
    if (open === -1) break
    let end = -1
    if (lower.startsWith('<!--', open) && !unclosed.has('--')) {
      const close = lower.indexOf('-->', open + 4)
      if (close === -1) unclosed.add('--')
      end = close === -1 ? -1 : close + 3
    } else {
      const name = inertElements.find((tag) => lower.startsWith(tag, open + 1) && /[\s>/]/.test(lower[open + 1 + tag.length] ?? ''))
      if (name && !unclosed.has(name)) {
        const close = lower.indexOf(`</${name}`, open)
        const after = close === -1 ? -1 : lower.indexOf('>', close)
        if (after === -1) unclosed.add(name)
        end = after === -1 ? -1 : after + 1
      }
    }
    if (end === -1) {
      out += html.slice(index, open + 1)
      index = open + 1
      continue
    }
    out += html.slice(index, open) + ' '
    index = end
  }
  return out + html.slice(index)
}

/**
 * Keep only the article of a whole web page: page furniture (navigation, share bars, comments,
 * related links, ads, forms) is removed, `@mozilla/readability` picks the article on a
 * `linkedom` DOM, and the article's blocks become Markdown paragraphs (escaped as plain text).
 * The title, language, byline and date come from the page. No script runs; nothing is fetched.
 * Pages beyond `limits` are refused before the slow steps, so any page is read in bounded time.
 *
 * Returns the article, or the problem: no article text, or a page too deep, too large or too long.
 */
export function htmlToArticle(source: string, limits: PageLimits = defaultPageLimits): ReadArticle | PageProblem {
  const html = stripInert(source)
  if (nestingDepth(html) > limits.maxDepth) return {problem: 'too-deep'}
  if ((html.match(/<[a-z]/gi)?.length ?? 0) > limits.maxElements) return {problem: 'too-many-elements'}
  const {document} = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`)
  const lang = squash(document.documentElement?.getAttribute('lang') ?? '')
  const candidates = headlineCandidates(document)
  const stated = (document.querySelector('article time[datetime], main time[datetime], time[datetime]')?.getAttribute('datetime') ?? '').slice(0, 10)

  for (const element of [...document.querySelectorAll(neverText)]) element.remove()
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    // The body and the article's own wrappers are never furniture, whatever their classes say.
    if (element.tagName === 'BODY' || element.tagName === 'HTML' || element.tagName === 'ARTICLE' || element.tagName === 'MAIN') continue
    if (furniture.test(tokens)) element.remove()
  }
  const words = (document.body?.textContent ?? '').match(/\S+/g)?.length ?? 0
  if (words > limits.maxWords) return {problem: 'too-many-words'}

  const parsed = new Readability(document as unknown as Document, {
    charThreshold: 200,
    serializer: (node: Node) => node
  }).parse()
  const content = parsed?.content
  if (!content) return {problem: 'no-article'}

  const headline = pickTitle(parsed.title ?? '', candidates)
  // In a page, a paragraph that is only “Share this” or “Leave a Comment” is chrome wherever it is.
  let paragraphs = dropChrome(paragraphsOf(content as unknown as WalkNode)).filter((paragraph) => !isEdgeChrome(paragraph))
  const byline = squash(parsed.byline ?? '') || undefined
  paragraphs = paragraphs.filter(
    (paragraph, index) => !(index < 3 && (paragraph === headline || paragraph === byline || onlyDate.test(paragraph)))
  )
  if (!looksLikeArticle(paragraphs)) return {problem: 'no-article'}

  const published = (parsed.publishedTime ?? '').slice(0, 10) || stated
  return {
    title: headline ?? untitled,
    titleFound: headline !== undefined,
    markdown: paragraphs.map(escapeMarkdown).join('\n\n') + '\n',
    lang: isLanguageTag(lang) ? lang : 'en',
    dateline: findDateline(paragraphs[0] ?? ''),
    date: isIsoDate(published) ? published : undefined,
    byline
  }
}

/** Whether {@link htmlToArticle} found an article (rather than a problem). */
export function isPageProblem(value: ReadArticle | PageProblem): value is PageProblem {
  return 'problem' in value
}
