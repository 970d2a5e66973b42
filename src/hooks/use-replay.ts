import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { clampAsOf } from '../feed/as-of-range'
import { dateTimeSchema } from '../feed/schemas/common'
import { setSearchParams, useSearchParam } from './use-search-param'

/**
 * Replay ("as of"): the whole dashboard as it was known at a moment of the round. The moment is in
 * the URL (`?asof=2025-06-09T18:00:00Z`), so a link shows exactly what was known then; without
 * it the dashboard is live. Play moves the moment forward at a chosen speed; leaving replay
 * removes the parameter.
 */

export const asOfParam = 'asof'

/** Replay speeds: simulated seconds per second of wall time. */
export const replaySpeeds = [
  { value: 60, label: '1 min/s' },
  { value: 600, label: '10 min/s' },
  { value: 3600, label: '1 h/s' },
] as const
export type ReplaySpeed = (typeof replaySpeeds)[number]['value']
export const defaultReplaySpeed: ReplaySpeed = 600

/** How often a playing replay moves the moment (ms of wall time). */
export const replayTickMs = 250

export type ReplaySpan = { start: number; end: number }

const warned = new Set<string>()

function warnOnce(value: string, message: string) {
  if (warned.has(value)) return
  warned.add(value)
  console.warn(message)
}

/**
 * The moment in `?asof=`: an ISO 8601 date-time with an offset, brought inside 1970-2100 (see
 * as-of-range.ts). Anything else is ignored (live). One console warning per value.
 */
export function parseAsOf(value: string | null): number | null {
  if (value === null || value === '') return null
  if (dateTimeSchema.safeParse(value).success) {
    const t = Date.parse(value)
    const clamped = clampAsOf(t)
    if (clamped !== t) warnOnce(value, `Replay: ?${asOfParam}=${value} is outside 1970-2100; showing ${formatAsOf(clamped)}`)
    return clamped
  }
  warnOnce(value, `Replay: ?${asOfParam}=${value} is not an ISO date-time with offset (e.g. 2025-06-09T18:00:00Z); showing live`)
  return null
}

/** `2025-06-09T18:00:00Z`: whole seconds, UTC. */
export function formatAsOf(t: number): string {
  return new Date(Math.round(t / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

function clamp(t: number, span: ReplaySpan | null | undefined): number {
  if (!span) return t
  return Math.min(span.end, Math.max(span.start, t))
}

// Play state is page-wide (one ticker, however many components show the control).
type PlayState = { playing: boolean; speed: ReplaySpeed }
let playState: PlayState = { playing: false, speed: defaultReplaySpeed }
let timer: ReturnType<typeof setInterval> | undefined
let playSpan: ReplaySpan | null = null
let lastTick = 0
const listeners = new Set<() => void>()

function setPlayState(next: Partial<PlayState>) {
  playState = { ...playState, ...next }
  listeners.forEach((listener) => listener())
}

function currentAsOf(): number | null {
  return parseAsOf(new URLSearchParams(window.location.search).get(asOfParam))
}

function stopTicker() {
  if (timer !== undefined) clearInterval(timer)
  timer = undefined
}

function tick() {
  const now = Date.now()
  const elapsed = now - lastTick
  lastTick = now
  const from = currentAsOf()
  if (from === null) return pause()
  const next = from + elapsed * playState.speed
  const end = playSpan?.end ?? Infinity
  setSearchParams({ [asOfParam]: formatAsOf(Math.min(next, end)) }, { replace: true })
  if (next >= end) pause()
}

function pause() {
  stopTicker()
  if (playState.playing) setPlayState({ playing: false })
}

function play(span: ReplaySpan | null | undefined) {
  playSpan = span ?? null
  const at = currentAsOf()
  // From live, or from the end: play the round from its start.
  if (at === null || (span && at >= span.end)) {
    const start = span?.start ?? at
    if (start === null) return
    setSearchParams({ [asOfParam]: formatAsOf(start) }, { replace: at !== null })
  }
  stopTicker()
  lastTick = Date.now()
  timer = setInterval(tick, replayTickMs)
  if (!playState.playing) setPlayState({ playing: true })
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) pause() // nothing shows the replay any more
  }
}

const getPlayState = () => playState

export type Replay = {
  /** The moment shown (ms), or null when live. */
  asOf: number | null
  replaying: boolean
  playing: boolean
  speed: ReplaySpeed
  /** Shows the dashboard as of t (clamped to the span): enters replay from live. */
  setAsOf: (t: number) => void
  play: () => void
  pause: () => void
  /** One of replaySpeeds' values; anything else is ignored. */
  setSpeed: (speed: number) => void
  /** Back to live: removes ?asof and stops playing. */
  leave: () => void
}

/** Replay state; `span` (the round's span, see replaySpan in src/feed/as-of.ts) bounds seeking and play. */
export function useReplay(span?: ReplaySpan | null): Replay {
  const [raw] = useSearchParam(asOfParam)
  const asOf = parseAsOf(raw)
  const state = useSyncExternalStore(subscribe, getPlayState, getPlayState)
  const spanStart = span?.start
  const spanEnd = span?.end
  const bounds = useMemo(
    () => (spanStart === undefined || spanEnd === undefined ? null : { start: spanStart, end: spanEnd }),
    [spanStart, spanEnd],
  )
  const setAsOf = useCallback(
    (t: number) => {
      const live = currentAsOf() === null
      setSearchParams({ [asOfParam]: formatAsOf(clamp(t, bounds)) }, { replace: !live })
      if (playState.playing) lastTick = Date.now()
    },
    [bounds],
  )
  const playHere = useCallback(() => play(bounds), [bounds])
  const setSpeed = useCallback((speed: number) => {
    const known = replaySpeeds.find((option) => option.value === speed)
    if (known) setPlayState({ speed: known.value })
  }, [])
  const leave = useCallback(() => {
    pause()
    setSearchParams({ [asOfParam]: null })
  }, [])
  return {
    asOf,
    replaying: asOf !== null,
    playing: state.playing,
    speed: state.speed,
    setAsOf,
    play: playHere,
    pause,
    setSpeed,
    leave,
  }
}
