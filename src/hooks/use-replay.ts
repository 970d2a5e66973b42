import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { readParam } from './url-params'
import { setUrlParams, useUrlParam } from './use-url-param'

/**
 * Replay ("as of"): the whole dashboard as it was known at a moment of the round. The moment is in
 * the URL (`?asof=2025-06-09T18:00:00Z`), so a link shows exactly what was known then; without
 * it the dashboard is live. Play moves the moment forward at a chosen speed; leaving replay
 * removes the parameter.
 */

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
  return readParam('asof', window.location.search)
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
  setUrlParams({ asof: Math.min(next, end) }, { replace: true })
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
    setUrlParams({ asof: start }, { replace: at !== null })
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
  /**
   * Shows the dashboard as of t (clamped to the span, or to `within`, a span about to be shown):
   * enters replay from live.
   */
  setAsOf: (t: number, within?: ReplaySpan) => void
  play: () => void
  pause: () => void
  /** One of replaySpeeds' values; anything else is ignored. */
  setSpeed: (speed: number) => void
  /** Back to live: removes ?asof and stops playing. */
  leave: () => void
}

/** Replay state; `span` (the round's span, see src/feed/replay-span.ts) bounds seeking and play. */
export function useReplay(span?: ReplaySpan | null): Replay {
  const [asOf] = useUrlParam('asof')
  const state = useSyncExternalStore(subscribe, getPlayState, getPlayState)
  const spanStart = span?.start
  const spanEnd = span?.end
  const bounds = useMemo(
    () =>
      spanStart === undefined || spanEnd === undefined ? null : { start: spanStart, end: spanEnd },
    [spanStart, spanEnd],
  )
  const setAsOf = useCallback(
    (t: number, within?: ReplaySpan) => {
      const live = currentAsOf() === null
      setUrlParams({ asof: clamp(t, within ?? bounds) }, { replace: !live })
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
    setUrlParams({ asof: null })
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
