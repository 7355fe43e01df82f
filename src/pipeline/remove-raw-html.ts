import type {Html, Nodes, Parent, Root} from 'mdast'
import {decodeString} from 'micromark-util-decode-string'
import type {VFile} from 'vfile'

/** Elements whose content is never text for a reader: dropped with everything inside them. */
const dropWithContent = new Set([
  'applet', 'audio', 'canvas', 'embed', 'frame', 'frameset', 'head', 'iframe', 'math', 'noembed', 'noframes',
  'noscript', 'object', 'picture', 'plaintext', 'script', 'select', 'style', 'svg', 'template', 'textarea',
  'title', 'video', 'xmp'
])

const comment = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[^>]*(?:>|$)|<![^>]*(?:>|$)/g
const droppedStart = new RegExp(`<(${[...dropWithContent].join('|')})\\b[^>]*>`, 'i')
const anyTag = /<\/?[A-Za-z][A-Za-z0-9-]*\b[^>]*>?/g
const tagName = /^<\/?([A-Za-z][A-Za-z0-9-]*)/

/**
 * The visible text of an HTML fragment, by an allowlist of nothing: comments and declarations
 * go, elements in {@link dropWithContent} go with their content (to their end tag, or to the end
 * of the fragment), every other tag goes and its text stays; character references are decoded,
 * white space collapsed.
 *
 * Returns plain text: no tag is left (a `<` or `>` in it came from a character reference such as `&lt;`).
 */
export function htmlText(html: string): string {
  let text = html.replace(comment, ' ')
  for (;;) {
    const open = droppedStart.exec(text)
    if (!open) break
    const after = open.index + open[0].length
    const close = new RegExp(`</${open[1] ?? ''}\\s*>`, 'i').exec(text.slice(after))
    text = text.slice(0, open.index) + ' ' + (close ? text.slice(after + close.index + close[0].length) : '')
  }
  text = text.replace(anyTag, ' ')
  return decodeString(text.replace(/[<>]/g, ' ')).replace(/\s+/g, ' ').trim()
}

/**
 * Remove raw HTML from a Markdown tree before it becomes text: block HTML becomes a paragraph of
 * its visible text ({@link htmlText}); inline tags go and the text between them stays; inline
 * `<script>`, `<style>`… go with everything up to their end tag. Every removal is reported as a
 * vfile message (`source: 'plainread'`, `ruleId: 'raw-html'`) so editors can write Markdown instead.
 *
 * Nothing in the pipeline passes markup on: views get text only, and JSX escapes it.
 *
 * @returns Transform.
 */
export default function removeRawHtml() {
  return function (tree: Root, file: VFile): undefined {
    clean(tree, file)
  }
}

function clean(parent: Parent, file: VFile): void {
  const children = parent.children as Nodes[]
  let dropping: string | undefined
  let index = 0
  while (index < children.length) {
    const node = children[index]
    if (!node) break
    if (dropping !== undefined) {
      const ends = node.type === 'html' && new RegExp(`</${dropping}\\s*>`, 'i').test(node.value)
      children.splice(index, 1)
      if (ends) dropping = undefined
      continue
    }
    if (node.type === 'html') {
      report(node, file)
      const name = tagName.exec(node.value)?.[1]?.toLowerCase()
      const opensDropped =
        parent.type !== 'root' && name !== undefined && dropWithContent.has(name) && !node.value.startsWith('</') &&
        !new RegExp(`</${name}\\s*>`, 'i').test(node.value)
      if (opensDropped) dropping = name
      const text = opensDropped ? '' : htmlText(node.value)
      if (text === '') {
        children.splice(index, 1)
        continue
      }
      const replacement: Nodes =
        parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem'
          ? {type: 'paragraph', children: [{type: 'text', value: text}]}
          : {type: 'text', value: text}
      if (node.position) replacement.position = node.position
      children[index] = replacement
      index++
      continue
    }
    if ('children' in node) clean(node, file)
    index++
  }
  joinTexts(children)
}

/** Join text nodes left next to each other by a removal, with one space where the tag was. */
function joinTexts(children: Nodes[]): void {
  for (let index = children.length - 1; index > 0; index--) {
    const before = children[index - 1]
    const node = children[index]
    if (before?.type !== 'text' || node?.type !== 'text') continue
    const space = /\s$/.test(before.value) || /^\s/.test(node.value)
    before.value = before.value.replace(/\s+$/, '') + (space ? ' ' : '') + node.value.replace(/^\s+/, '')
    if (before.position && node.position) before.position.end = node.position.end
    children.splice(index, 1)
  }
}

function report(node: Html, file: VFile): void {
  const name = tagName.exec(node.value)?.[1]?.toLowerCase()
  const what = name ? `HTML \`<${name}>\`` : node.value.startsWith('<!--') ? 'HTML comment' : 'raw HTML'
  const message = file.message(`Unexpected ${what} in the article, removed: write it as Markdown instead`, {
    place: node.position,
    source: 'plainread',
    ruleId: 'raw-html'
  })
  message.actual = name ? `<${name}>` : 'HTML'
  message.expected = ['Markdown']
}
