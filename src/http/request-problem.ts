/** A documented reason to refuse a request: the status, a stable code and a message for people. */
export interface RequestProblem {
  readonly status: 400 | 404 | 413 | 415 | 503
  /** Stable machine-readable code, such as `body_too_large`. */
  readonly error: string
  /** What is wrong and what to do instead. Never contains the request's own text. */
  readonly message: string
}

/** Whether `value` is a {@link RequestProblem} (rather than a parsed result). */
export function isRequestProblem(value: unknown): value is RequestProblem {
  return typeof value === 'object' && value !== null && 'status' in value && 'error' in value && 'message' in value
}
