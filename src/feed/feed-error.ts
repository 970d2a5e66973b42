import type { FeedProblem } from './parse'

export type FeedErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'not-json'
  | 'error-page'
  | 'invalid'
  | 'too-large'
  /** A redirect that left the feed's origin. */
  | 'redirect'

/** A feed request that did not give usable data, with words a trader can read. */
export class FeedError extends Error {
  readonly kind: FeedErrorKind
  readonly resource: string
  readonly status: number | null
  readonly retryAfterMs: number | null
  readonly problems: FeedProblem[]

  constructor(
    kind: FeedErrorKind,
    resource: string,
    message: string,
    options: { status?: number; retryAfterMs?: number | null; problems?: FeedProblem[] } = {},
  ) {
    super(message)
    this.name = 'FeedError'
    this.kind = kind
    this.resource = resource
    this.status = options.status ?? null
    this.retryAfterMs = options.retryAfterMs ?? null
    this.problems = options.problems ?? []
  }

  /** Network trouble, timeouts, 5xx and 429 may pass; other 4xx and bad data will not. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true
    if (this.kind === 'http') return this.status === 429 || (this.status ?? 0) >= 500
    return false
  }
}
