import { useSyncExternalStore } from 'react'

/**
 * How far the feed server's clock is ahead of the viewer's (ms; negative when behind), learnt from
 * the HTTP `Date` header of each successful feed response. Times the feed gives ("said 2 h ago",
 * "generated 12 s ago") are measured against `Date.now() + offset`, so they stay right when the
 * viewer's clock is off. Null until a response with a `Date` header has arrived (the in-page demo
 * feed sends none): then the viewer's clock is all there is.
 */

/** Samples kept; the estimate is their median (a `Date` header has one-second resolution). */
const sampleCount = 5
/** Changes smaller than this are not published: the header's resolution is one second. */
const publishThresholdMs = 1000

let samples: number[] = []
let offset: number | null = null
const listeners = new Set<() => void>()

/** The lower median: always one of the samples, never an average of two far apart. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}

/**
 * Records one response: `serverDate` is the parsed `Date` header (or null), `sentAt` and
 * `receivedAt` the viewer's clock when the request left and the answer arrived. The server stamped
 * its Date somewhere between the two; the header truncates to the second, so the server's time then
 * was serverDate + 0..999 ms.
 */
export function recordServerDate(
  serverDate: number | null,
  sentAt: number,
  receivedAt: number,
): void {
  if (
    serverDate === null ||
    !Number.isFinite(serverDate) ||
    !Number.isFinite(sentAt) ||
    !Number.isFinite(receivedAt)
  )
    return
  const sample = serverDate + 500 - (sentAt + Math.max(sentAt, receivedAt)) / 2
  samples = [...samples, sample].slice(-sampleCount)
  const estimate = Math.round(median(samples))
  if (offset !== null && Math.abs(estimate - offset) < publishThresholdMs) return
  offset = estimate
  listeners.forEach((listener) => listener())
}

export function subscribeServerClock(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The offset (server minus viewer, ms), or null when no server clock has been seen. */
export function getServerClockOffset(): number | null {
  return offset
}

/** The server's time now, as best known: the viewer's clock when no offset is known. */
export function serverNow(viewerNow: number = Date.now()): number {
  return viewerNow + (offset ?? 0)
}

/** Milliseconds from `instant` to `now`, never negative (a clock a little off never says "in 2 s"). */
export function elapsedSince(instant: number, now: number): number {
  return Math.max(0, now - instant)
}

/** The server-clock offset in a component (0 until known); re-renders only when it changes by ≥ 1 s. */
export function useServerClockOffset(): number {
  return useSyncExternalStore(subscribeServerClock, getServerClockOffset, getServerClockOffset) ?? 0
}

/** Forget every sample (tests; a switch to another feed). */
export function resetServerClock(): void {
  samples = []
  const had = offset !== null
  offset = null
  if (had) listeners.forEach((listener) => listener())
}
