import {DOMParser} from '@xmldom/xmldom'

/**
 * Parse XML with a real, strict XML parser (@xmldom/xmldom): any warning or error, well-formedness
 * or namespace, fails.
 *
 * Returns the document.
 */
export function parseXml(text: string) {
  const problems: string[] = []
  const document = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`)
    }
  }).parseFromString(text, 'text/xml')
  if (problems.length > 0) throw new Error(`Not well-formed XML:\n${problems.join('\n')}`)
  return document
}
