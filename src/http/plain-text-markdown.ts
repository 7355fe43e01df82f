const asciiPunctuation = /[!-/:-@[-`{-~]/g

/**
 * Turn plain text into Markdown that reads back as exactly that text: every ASCII punctuation
 * character is backslash-escaped (so `*`, `#`, `<b>`, `[x](y)` and `&amp;` stay literal),
 * leading spaces are dropped (so no line becomes a code block), and blank lines separate paragraphs.
 *
 * Returns the Markdown.
 */
export function plainTextToMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimStart().replace(asciiPunctuation, '\\$&'))
    .join('\n')
}
