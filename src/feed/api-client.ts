import { FeedError } from './feed-error'
import { feedTransport } from './feed-gate'
import { untilAborted } from '../lib/until-aborted'
import { discardBody, readCapped } from './read-capped'
import { recordServerDate } from './server-clock'
import { longDocumentTurn } from './long-document-turn'
import { mayNeedIsolates } from '../lib/bidi-isolate'
import { bytesOf, lastLongAnswers, sameAnswer } from './last-long-answers'
import { decodeAnswer, undecodableAnswer } from './decode-answer'
import { readOffThread, startOffThreadParser } from './parse-off-thread'
import type { ApartDocument } from './read-answer-apart'

/**
 * Answers longer than this (characters, or bytes of a blob) are decoded and parsed in a task after
 * the one that read them, and one at a time (long-document-turn.ts).
 */
const parseApartChars = 256 * 1024

/**
 * Answers longer than this are read in a worker, where there is one (parse-off-thread.ts): above
 * it, parsing the JSON alone holds the page over 50 ms. Below it the page reads them sooner than a
 * worker hands them back (the copy back costs some 7 ms a MB): 10,000 quotes (2.5 MB), cold, 1x,
 * answer to painted wall 120 ms on the page, 160 ms through the worker; 20,000 (5.2 MB) 164 ms
 * with tasks of 53-62 ms on the page, 222 ms and none over 50 ms through the worker.
 */
const offThreadChars = 4 * 1024 * 1024

/** One deadline for a whole request: headers and body. */
export const requestTimeoutMs = 15_000

export type FeedResponse = {
  body: unknown
  /** The document already validated off the page's thread (see parse-off-thread.ts). */
  validated?: unknown
  /** Some of its text may be right-to-left or steer direction (bidi-isolate.ts); else none is. */
  mayNeedIsolates: boolean
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

/** The answer's body (text, or a blob to read as text), or a FeedError saying why there is none. */
async function readAnswer(
  response: Response,
  url: URL,
  path: string,
  signal: AbortSignal,
): Promise<string | Blob> {
  // A redirect is followed by the browser; one that left the feed's origin is not the feed.
  const answeredFrom = response.url ? new URL(response.url) : url
  if (answeredFrom.origin !== url.origin) {
    discardBody(response)
    throw new FeedError(
      'redirect',
      path,
      `${path}: the feed redirected to another site (${answeredFrom.origin}); not read`,
    )
  }
  if (!response.ok) {
    discardBody(response)
    throw new FeedError('http', path, `${path}: the feed answered HTTP ${response.status}`, {
      status: response.status,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    })
  }
  return readCapped(response, path, signal)
}

/**
 * The only module that calls fetch for the feed. Resolves `path` against the feed's base URL,
 * forwards React Query's abort signal, bounds the whole request (headers and body) by one
 * deadline, caps the body size, refuses redirects to other sites, and turns every kind of failure
 * into a FeedError. Schema validation is the caller's (see feed-resources.ts).
 */
export function fetchFeedJson(
  baseUrl: string,
  path: string,
  signal?: AbortSignal,
): Promise<FeedResponse> {
  return fetchFeedDocument(baseUrl, path, signal, (response) => response, { reuse: false })
}

/**
 * fetchFeedJson, then `read` (the caller's validation) on the answer. A long answer's parse and
 * `read` wait for the long answers that arrived before it to be read: see long-document-turn.ts.
 * With `reuse` (the default), `read` must give the same for the same text, and a long answer
 * unchanged since the last read from its URL gives the result of that read, not read again.
 * With `offThread` (what the answer is), an answer over 4 MB is read and validated in a worker
 * where there is one: `read` then gets `validated` instead of `body`.
 */
export async function fetchFeedDocument<T>(
  baseUrl: string,
  path: string,
  signal: AbortSignal | undefined,
  read: (response: FeedResponse) => T | Promise<T>,
  { reuse = true, offThread }: { reuse?: boolean; offThread?: ApartDocument } = {},
): Promise<T> {
  const url = new URL(path, baseUrl)
  // A timer of our own (not AbortSignal.timeout), so it also bounds answers from the in-page demo
  // feed, and tests with fake timers control it. It runs until the last byte is read.
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), requestTimeoutMs)
  // Aborted when we stop reading for any reason: the browser then lets the connection go.
  const done = new AbortController()
  const combined = AbortSignal.any([done.signal, deadline.signal, ...(signal ? [signal] : [])])
  const sentAt = Date.now()
  let answer: string | Blob
  let response: Response
  try {
    const request = new Request(url, { signal: combined, headers: { accept: 'application/json' } })
    // Demo mode answers in the page (see feed-gate.ts); a real feed goes to the network.
    const demo = await feedTransport()
    response = await untilAborted(demo ? demo(request) : fetch(request), combined)
    // A long document's worker starts while its body is still coming.
    if (offThread && Number(response.headers.get('content-length')) > offThreadChars)
      startOffThreadParser()
    answer = await readAnswer(response, url, path, combined)
  } catch (error) {
    done.abort()
    if (error instanceof FeedError) throw error
    if (signal?.aborted) throw error
    if (deadline.signal.aborted) {
      throw new FeedError(
        'timeout',
        path,
        `${path}: the feed did not send it within ${requestTimeoutMs / 1000} s`,
      )
    }
    throw new FeedError('network', path, `${path}: the feed could not be reached`)
  } finally {
    clearTimeout(timer)
  }
  const serverDateHeader = response.headers.get('date')
  const serverDate = serverDateHeader ? Date.parse(serverDateHeader) : NaN
  // A long answer is decoded and parsed in turn, in a task of its own, not in the one that read
  // it: together they would block the page for longer (issue 15: no task over 50 ms for a large
  // document), and the page paints what the answer before it showed first.
  const size = typeof answer === 'string' ? answer.length : answer.size
  const long = size > parseApartChars
  const huge = offThread && size > offThreadChars ? offThread : null
  const receivedAt = Date.now()
  const unchanged = long && reuse ? lastLongAnswers.get(url.href) : undefined
  // A first answer from this address goes to the worker (if any) at once, its bytes kept meanwhile.
  const apart = huge && !unchanged ? readOffThread(huge, answer) : null
  // A long blob is read as bytes: unchanged, it is never decoded (5 MB took some 75 ms).
  const kept = long && reuse ? (typeof answer === 'string' ? answer : await bytesOf(answer)) : null
  const same = kept !== null && unchanged !== undefined && sameAnswer(unchanged.answer, kept)
  // A changed one goes once compared; either waits for its turn once read.
  const readApart = huge && !same ? await (apart ?? readOffThread(huge, answer)) : null
  const release = long ? await longDocumentTurn() : null
  try {
    signal?.throwIfAborted()
    recordServerDate(Number.isNaN(serverDate) ? null : serverDate, sentAt, receivedAt)
    if (same) return unchanged.result as T
    const answered = { serverDate: Number.isNaN(serverDate) ? null : serverDate, receivedAt }
    let result: T
    if (readApart?.kind === 'parsed') {
      const { parsed, mayNeedIsolates } = readApart
      result = await read({ body: null, validated: parsed, mayNeedIsolates, ...answered })
    } else if (readApart) {
      throw undecodableAnswer(readApart.kind, path)
    } else {
      const text =
        typeof answer === 'string'
          ? answer
          : kept instanceof Uint8Array
            ? new TextDecoder().decode(kept)
            : await answer.text()
      const decoded = decodeAnswer(text)
      if (decoded.kind !== 'json') throw undecodableAnswer(decoded.kind, path)
      result = await read({
        body: decoded.body,
        mayNeedIsolates: mayNeedIsolates(text),
        ...answered,
      })
    }
    if (kept !== null) lastLongAnswers.set(url.href, { answer: kept, result })
    return result
  } finally {
    release?.()
  }
}
