/** Magic numbers of common binary formats, checked at the start of a file. */
const magicNumbers: ReadonlyArray<{readonly name: string; readonly bytes: readonly number[]}> = [
  {name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]},
  {name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff]},
  {name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38]},
  {name: 'a WebP or other RIFF file', bytes: [0x52, 0x49, 0x46, 0x46]},
  {name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d]},
  {name: 'a ZIP archive (or a Word or OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04]},
  {name: 'a GZIP archive', bytes: [0x1f, 0x8b]},
  {name: 'an old Word or Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]},
  {name: 'a program', bytes: [0x7f, 0x45, 0x4c, 0x46]},
  {name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d]}
]

/** Why bytes are not readable text, or `undefined` when they are UTF-8 text. */
export type BinaryVerdict = {readonly kind: string} | undefined

/**
 * Decide by content, never by file name, whether `bytes` are text we can read:
 * a known magic number, a NUL byte, or bytes that are not valid UTF-8 mean a binary file.
 *
 * Returns `undefined` for UTF-8 text, or what the file looks like (such as `a PNG image`).
 */
export function detectBinary(bytes: Readonly<Uint8Array>): BinaryVerdict {
  for (const magic of magicNumbers) {
    if (bytes.length >= magic.bytes.length && magic.bytes.every((byte, index) => bytes[index] === byte)) {
      return {kind: magic.name}
    }
  }
  if (bytes.includes(0)) return {kind: 'a binary file (it contains NUL bytes)'}
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return {kind: 'not UTF-8 text'}
  }
  return undefined
}

/**
 * Decode UTF-8 `bytes` into text, dropping a byte order mark.
 *
 * Returns the text; call {@link detectBinary} first.
 */
export function decodeText(bytes: Readonly<Uint8Array>): string {
  return new TextDecoder('utf-8').decode(bytes)
}
