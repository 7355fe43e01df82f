import type {RequestProblem} from './request-problem.ts'

/**
 * Read a request body as UTF-8 text, refusing it once it passes `maxBytes`.
 *
 * A declared `Content-Length` over the limit is refused before any byte is read; a body
 * without one (chunked) is read until it passes the limit, and no further. The bytes must be
 * valid UTF-8 (a leading byte order mark is dropped).
 *
 * Returns the text, or a problem: 413 `body_too_large`, 400 `invalid_utf8`.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string | RequestProblem> {
  const tooLarge: RequestProblem = {
    status: 413,
    error: 'body_too_large',
    message: `The request body is larger than ${formatBytes(maxBytes)}. Send a shorter text.`
  }
  const declared = request.headers.get('content-length')
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return tooLarge

  const chunks: Uint8Array[] = []
  let size = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const {done, value} = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined)
        return tooLarge
      }
      chunks.push(value)
    }
  }

  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return {
      status: 400,
      error: 'invalid_utf8',
      message: 'The request body is not valid UTF-8 text. Save or send the text as UTF-8.'
    }
  }
}

/** `1 MiB`, `512 KiB` or `300 bytes`, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}
