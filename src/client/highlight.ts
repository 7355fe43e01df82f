import {textRange} from '../speech/offset-map.ts'

/** How much of the text being read is highlighted. */
export type HighlightMode = 'off' | 'sentence' | 'word'

const sentenceClass = 'is-reading'
const wordHighlight = 'reading-word'

/** Whether the reader asked for less motion. */
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * The text nodes of a sentence that belong to the article: words the page added for
 * readers (`[data-added]`, such as an abbreviation's expansion) are left out, so offsets
 * match the speech script's.
 */
export function articleTextNodes(sentence: HTMLElement): Text[] {
  const nodes: Text[] = []
  const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-added]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
  })
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
  return nodes
}

/** The sentence's own text, as the speech script has it. */
export function articleText(sentence: HTMLElement): string {
  return articleTextNodes(sentence)
    .map((node) => node.data)
    .join('')
}

/** Remove every highlight the player made. */
export function clearHighlight(): void {
  for (const element of document.querySelectorAll(`.${sentenceClass}`)) element.classList.remove(sentenceClass)
  globalThis.CSS?.highlights?.delete(wordHighlight)
}

/**
 * Mark `sentence` as the one being read (a class, styled with an outline and underline,
 * so not by colour alone) and scroll it into view, instantly under reduced motion.
 */
export function highlightSentence(sentence: HTMLElement, mode: HighlightMode): void {
  clearHighlight()
  if (mode === 'off') return
  sentence.classList.add(sentenceClass)
  const box = sentence.getBoundingClientRect()
  // A player kept at the top covers `scroll-padding-top` of the page.
  const covered = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  if (box.top < covered || box.bottom > innerHeight) {
    sentence.scrollIntoView({block: 'center', behavior: reducedMotion() ? 'instant' : 'smooth'})
  }
}

/**
 * Highlight the word being said with the CSS Custom Highlight API (no elements added),
 * mapping the engine's `charIndex` in the spoken form back to the shown text.
 */
export function highlightWord(sentence: HTMLElement, map: readonly number[], charIndex: number): void {
  const highlights = globalThis.CSS?.highlights
  if (!highlights || typeof Highlight === 'undefined') return
  const nodes = articleTextNodes(sentence)
  const text = nodes.map((node) => node.data).join('')
  let [start, end] = textRange(map, charIndex)
  if (end <= start) {
    const rest = /^[\p{L}\p{N}\p{M}'’.,%$€£-]*/u.exec(text.slice(start))?.[0] ?? ''
    end = start + rest.replace(/[.,]+$/, '').length
  }
  if (end <= start) return
  const range = document.createRange()
  let offset = 0
  for (const node of nodes) {
    const length = node.data.length
    if (start >= offset && start < offset + length) range.setStart(node, start - offset)
    if (end > offset && end <= offset + length) {
      range.setEnd(node, end - offset)
      break
    }
    offset += length
  }
  highlights.set(wordHighlight, new Highlight(range))
}
