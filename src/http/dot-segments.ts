/**
 * Whether a raw request target has a dot segment (`.` or `..`, plain or percent-encoded)
 * or an encoded slash or backslash.
 *
 * URL parsers resolve `/articles/%2e%2e` to `/` before the app sees it; a server that
 * still has the raw target calls this first and answers 404, so no such path ever
 * reaches a page that exists.
 *
 * Returns `true` when the target must be refused.
 */
export function hasDotSegment(rawTarget: string): boolean {
  const path = rawTarget.split(/[?#]/, 1)[0] ?? ''
  if (/%2f|%5c|\\/i.test(path)) return true
  return path.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))
}

type Fetch<Env> = (request: Request, env: Env) => Response | Promise<Response>

/**
 * Wrap a fetch handler so that a request whose raw target (Node's `env.incoming.url`)
 * has dot segments is answered as a request for a page that does not exist.
 *
 * Returns the guarded fetch handler.
 */
export function refuseDotSegments<Env extends {incoming?: {url?: string | undefined}}>(fetch: Fetch<Env>): Fetch<Env> {
  return (request, env) =>
    hasDotSegment(env?.incoming?.url ?? '')
      ? fetch(new Request(new URL('/.refused-path', request.url)), env)
      : fetch(request, env)
}
