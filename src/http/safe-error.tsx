import {HTTPException} from 'hono/http-exception'
import {ErrorPage} from '../../templates/error-page.tsx'

/**
 * The response for an error thrown while answering: never the error's text, the request's
 * text or a stack trace — a fixed message, JSON under `/api/`, an HTML page elsewhere.
 * An `HTTPException` (a 4xx from a middleware) keeps its status; a body that a route could not
 * parse (broken JSON or form data: the client's mistake) is a 400; anything else is a 500,
 * logged on the server with its stack.
 *
 * Returns the response.
 */
export function safeErrorResponse(error: Error, path: string): Response {
  const status = error instanceof HTTPException && error.status >= 400 && error.status < 500 ? error.status : isMalformedBody(error) ? 400 : 500
  if (status === 500) console.error(error)
  const message =
    status === 500 ? 'Something went wrong on our side. Try again later.' : 'The server could not answer this request as sent.'
  const headers = {'Cache-Control': 'no-store'}
  if (path.startsWith('/api/')) {
    return Response.json({error: status === 500 ? 'internal' : 'bad_request', message}, {status, headers})
  }
  const html = String(<ErrorPage status={status} message={message} />)
  return new Response(html, {status, headers: {...headers, 'Content-Type': 'text/html; charset=utf-8'}})
}

/** Whether an error is a request body that could not be parsed: `c.req.json()` or `c.req.parseBody()` on a broken body. */
function isMalformedBody(error: Error): boolean {
  return error instanceof SyntaxError || (error instanceof TypeError && /^Failed to parse body as FormData/.test(error.message))
}
