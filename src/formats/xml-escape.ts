/** Characters XML 1.0 does not allow at all (C0 controls but tab, newline and return; lone surrogates; U+FFFE/U+FFFF). */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Escape text for XML character data or an attribute value (either quote), dropping characters
 * XML cannot carry.
 *
 * Returns the escaped text.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(notXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
