import type {Context, MiddlewareHandler} from 'hono'

/** Bytes of a body. */
export type Bytes = Uint8Array<ArrayBuffer>

/** Compress bytes with one content coding. Returns the coded bytes. */
export type Encoder = (bytes: Bytes) => Promise<Bytes>

/** Options of {@link httpCache}. */
export interface HttpCacheOptions {
  /**
   * `Cache-Control` for successful responses whose route set none
   * (default `public, max-age=300, stale-while-revalidate=86400`: a CDN keeps pages five minutes
   * and serves a stale copy for a day while it refreshes).
   */
  readonly cacheControl?: string
  /** Most responses kept in memory (default `500`); the least recently used go first. */
  readonly maxEntries?: number
  /** Largest body kept in memory, in bytes (default 4 MiB); larger ones are still compressed. */
  readonly maxBodyBytes?: number
  /**
   * Content codings beyond the runtime's `CompressionStream` (default none), such as `br` from
   * `node:zlib` passed in by the Node server. `gzip` always comes from `CompressionStream`.
   */
  readonly encoders?: Readonly<Record<string, Encoder>>
}

/** A response kept in memory: its bytes, headers and strong validator, and its coded forms. */
interface Entry {
  readonly status: number
  readonly headers: readonly (readonly [string, string])[]
  readonly bytes: Bytes
  readonly hash: string
  /** Ready-to-send forms by content coding, each built once. */
  readonly variants: Map<string, Promise<Variant>>
}

/** One coded form of an entry, with its headers for 200 and for 304 prepared. */
interface Variant {
  readonly body: Bytes
  readonly headers: [string, string][]
  readonly notModifiedHeaders: [string, string][]
}

/** Media types worth compressing: text, JSON, XML, JavaScript, SVG; never an event stream (it never ends). */
const compressible = /^(?!text\/event-stream)(?:text\/|application\/(?:[a-z.+-]*\+)?(?:json|xml|javascript)\b|image\/svg\+xml)/i

/** Codings this module prefers, best first. */
const preference = ['br', 'gzip'] as const

/**
 * Caching and compression middleware (runtime-agnostic: Web Crypto and `CompressionStream`).
 *
 * - A successful `GET`/`HEAD` response is rendered once and its bytes kept in memory, keyed by URL
 *   and `Cookie` (reading preferences change pages); later requests are served from memory.
 *   Responses that set a cookie, or say `no-store`/`private`, are never kept.
 * - Each response gets a strong `ETag` (SHA-256 of its bytes; each content coding its own tag);
 *   `If-None-Match` with a matching tag gets `304 Not Modified` with no body.
 * - Text responses (HTML, plain text, JSON, XML, JavaScript, CSS) are compressed with the best coding
 *   the client accepts (`br` when an encoder is given or the runtime has it, else `gzip`), once per coding.
 * - `Vary: Accept-Encoding` on every compressible response, plus `Cookie` on HTML pages.
 *
 * Returns the middleware; register it first so it wraps every other one.
 */
export function httpCache(options: HttpCacheOptions = {}): MiddlewareHandler {
  const cacheControl = options.cacheControl ?? 'public, max-age=300, stale-while-revalidate=86400'
  const maxEntries = options.maxEntries ?? 500
  const maxBodyBytes = options.maxBodyBytes ?? 4 * 1024 * 1024
  // Found on the first request: workerd allows no stream construction at start-up (global scope).
  let encoders: Record<string, Encoder> | undefined
  let codings: string[] = []
  const memory = new Map<string, Entry>()

  return async function httpCacheMiddleware(c, next) {
    const method = c.req.method
    const remembering = method === 'GET' || method === 'HEAD'
    const key = `${c.req.url}\n${c.req.header('Cookie') ?? ''}`
    let entry = remembering ? memory.get(key) : undefined

    if (entry) {
      // Most recently used last.
      memory.delete(key)
      memory.set(key, entry)
    } else {
      await next()
      const response = c.res
      const type = response.headers.get('Content-Type') ?? ''
      if (response.status !== 200 || !compressible.test(type) || response.headers.has('Content-Encoding') || !response.body) {
        return
      }
      const bytes = new Uint8Array(await response.arrayBuffer())
      entry = {
        status: response.status,
        headers: [...response.headers].filter(([name]) => !/^(?:content-length|etag)$/i.test(name)),
        bytes,
        hash: await sha256(bytes),
        variants: new Map()
      }
      const directives = response.headers.get('Cache-Control') ?? ''
      const keep =
        remembering && bytes.byteLength <= maxBodyBytes && !response.headers.has('Set-Cookie') && !/no-store|private/i.test(directives)
      if (keep) {
        memory.set(key, entry)
        if (memory.size > maxEntries) memory.delete(memory.keys().next().value ?? '')
      }
    }

    if (!encoders) {
      encoders = {...streamEncoders(), ...options.encoders}
      const found = encoders
      codings = preference.filter((coding) => Object.hasOwn(found, coding))
    }
    const coding = negotiate(c.req.header('Accept-Encoding') ?? '', codings)
    let variant = entry.variants.get(coding)
    if (!variant) {
      variant = prepare(entry, coding, encoders, cacheControl)
      entry.variants.set(coding, variant)
    }
    const ready = await variant
    if (remembering && matches(c.req.header('If-None-Match'), entry.hash)) {
      return replace(c, new Response(null, {status: 304, headers: ready.notModifiedHeaders}))
    }
    // `encodeBody: 'manual'` tells workerd (Cloudflare Workers) the body is already coded;
    // other runtimes ignore it.
    const init: ResponseInit & {encodeBody: 'manual'} = {status: entry.status, headers: ready.headers, encodeBody: 'manual'}
    return replace(c, new Response(ready.body, init))
  }
}

/** Put `response` in place of whatever the handlers made (or nothing, on a hit). Returns it. */
function replace(c: Context, response: Response): Response {
  if (c.finalized) c.res = undefined
  c.res = response
  return response
}

/** Build the coded body and the headers of one variant (once per entry and coding). */
async function prepare(entry: Entry, coding: string, encoders: Record<string, Encoder>, cacheControl: string): Promise<Variant> {
  const body = coding === 'identity' ? entry.bytes : await codedBody(entry.bytes, encoders[coding])
  const coded = body !== entry.bytes
  const headers = new Headers(entry.headers.map(([name, value]): [string, string] => [name, value]))
  headers.set('ETag', `"${entry.hash}${coded ? `-${coding}` : ''}"`)
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', cacheControl)
  const type = headers.get('Content-Type') ?? ''
  headers.set('Vary', mergeVary(headers.get('Vary'), /^text\/html/i.test(type) ? ['Accept-Encoding', 'Cookie'] : ['Accept-Encoding']))
  if (coded) headers.set('Content-Encoding', coding)
  headers.set('Content-Length', String(body.byteLength))
  const all = [...headers]
  return {
    body,
    headers: all,
    notModifiedHeaders: all.filter(([name]) => !/^content-(?:type|encoding|length)$/i.test(name))
  }
}

/** Encoders the runtime's `CompressionStream` offers: `gzip` everywhere, `br` where supported. */
function streamEncoders(): Record<string, Encoder> {
  const found: Record<string, Encoder> = {}
  for (const coding of ['gzip', 'br'] as const) {
    try {
      // Throws a TypeError for a format the runtime does not know (Node 20 has no `br`).
      new CompressionStream(coding as CompressionFormat)
      found[coding] = (bytes) => streamCompress(bytes, coding as CompressionFormat)
    } catch {
      // Not available here.
    }
  }
  return found
}

async function streamCompress(bytes: Bytes, format: CompressionFormat): Promise<Bytes> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream(format))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The coded body; the identity bytes when there is no encoder or coding does not make it smaller. */
async function codedBody(bytes: Bytes, encoder: Encoder | undefined): Promise<Bytes> {
  if (!encoder) return bytes
  const coded = await encoder(bytes)
  return coded.byteLength < bytes.byteLength ? coded : bytes
}

/**
 * Choose a content coding from an `Accept-Encoding` header (RFC 9110 §12.5.3).
 *
 * Returns the first of `codings` the client accepts with `q > 0`, else `identity`.
 */
export function negotiate(header: string, codings: readonly string[]): string {
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined)
    weights.set(name.trim(), q === undefined ? 1 : Number(q))
  }
  const wildcard = weights.get('*')
  for (const coding of codings) {
    const weight = weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? wildcard ?? 0
    if (weight > 0) return coding
  }
  return 'identity'
}

/** Whether an `If-None-Match` header names this response (weak comparison, any coding of the same bytes). */
function matches(header: string | undefined, hash: string): boolean {
  if (!header) return false
  return header.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '')
    return tag === '*' || tag === `"${hash}"` || tag.startsWith(`"${hash}-`)
  })
}

/** Add names to a `Vary` header value, keeping what is there. */
function mergeVary(current: string | null, names: readonly string[]): string {
  const all = (current ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  if (all.includes('*')) return '*'
  for (const name of names) if (!all.some((have) => have.toLowerCase() === name.toLowerCase())) all.push(name)
  return all.join(', ')
}

/** SHA-256 of bytes (Web Crypto), as 43 base64url characters. */
async function sha256(bytes: Bytes): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  let binary = ''
  for (const byte of digest) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
