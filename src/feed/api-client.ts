import { FeedError } from './feed-error'
import { feedTransport } from './feed-gate'
import { recordServerDate } from './server-clock'

/** Bodies above this are refused unread: a feed document is a few hundred kilobytes at most. */
export const maxBodyBytes = 5 * 1024 * 1024
export const requestTimeoutMs = 15_000

export type FeedResponse = {
  body: unknown
  /** The server's clock (`Date` header), used as the reference for "updated 12 s ago". */
  serverDate: number | null
  receivedAt: number
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

/** Rejects as soon as `signal` aborts, whether or not the answer's source listens to it. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      promise.catch(() => undefined)
      return reject(signal.reason)
    }
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    const settle = () => signal.removeEventListener('abort', onAbort)
    promise.then(
      (value) => (settle(), resolve(value)),
      (error: unknown) => (settle(), reject(error)),
    )
  })
}

async function readCapped(response: Response, resource: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBodyBytes) throw tooLarge(resource, declared)
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBodyBytes) {
      // Not awaited: some stream sources settle a cancel only once fully read.
      reader.cancel().catch(() => undefined)
      throw tooLarge(resource, size)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

function tooLarge(resource: string, bytes: number) {
  const mb = (bytes / 1024 / 1024).toFixed(0)
  return new FeedError(
    'too-large',
    resource,
    `${resource} is larger than ${maxBodyBytes / 1024 / 1024} MB (${mb} MB or more) and was not read`,
  )
}

/**
 * The only module that calls fetch for the feed. Resolves `path` against the feed's base URL,
 * forwards React Query's abort signal, adds a timeout, caps the body size, and turns every kind of
 * failure into a FeedError. Schema validation is the caller's (see feed-resources.ts).
 */
export async function fetchFeedJson(
  baseUrl: string,
  path: string,
  signal?: AbortSignal,
): Promise<FeedResponse> {
  const url = new URL(path, baseUrl)
  // A timer of our own (not AbortSignal.timeout), so it also bounds answers from the in-page demo
  // feed, and tests with fake timers control it.
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), requestTimeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal
  let response: Response
  const sentAt = Date.now()
  try {
    const request = new Request(url, { signal: combined, headers: { accept: 'application/json' } })
    // Demo mode answers in the page (see feed-gate.ts); a real feed goes to the network.
    const demo = await feedTransport()
    response = await untilAborted(demo ? demo(request) : fetch(request), combined)
  } catch (error) {
    clearTimeout(timer)
    if (signal?.aborted) throw error
    if (timeout.signal.aborted) {
      throw new FeedError('timeout', path, `${path}: the feed did not answer within ${requestTimeoutMs / 1000} s`)
    }
    throw new FeedError('network', path, `${path}: the feed could not be reached`)
  }
  clearTimeout(timer)
  if (!response.ok) {
    throw new FeedError('http', path, `${path}: the feed answered HTTP ${response.status}`, {
      status: response.status,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    })
  }
  const text = await readCapped(response, path)
  const serverDateHeader = response.headers.get('date')
  const serverDate = serverDateHeader ? Date.parse(serverDateHeader) : NaN
  if (/^\s*</.test(text)) {
    throw new FeedError('error-page', path, `${path}: the feed answered with an error page, not data`)
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new FeedError('not-json', path, `${path}: the feed sent data that is not valid JSON (cut off?)`)
  }
  const receivedAt = Date.now()
  recordServerDate(Number.isNaN(serverDate) ? null : serverDate, sentAt, receivedAt)
  return { body, serverDate: Number.isNaN(serverDate) ? null : serverDate, receivedAt }
}
