import { useCallback, useMemo } from 'react'
import type { Round } from '../../feed/schemas/types'
import type { RoundsRead } from './use-market-events'
import { useUrlParam } from '../../hooks/use-url-param'
import { useNow } from '../../hooks/clock-context'
import { readWindow, writeWindow, type WindowChoice } from '../../hooks/url-values'
import type { MarketEvent } from './market-events'
import type { SeriesState } from './series-query'
import type { Span } from './series-view'
import {
  choiceValue,
  defaultWindow,
  latestPrice,
  resolveWindow,
  showsWithSelection,
  windowOptions,
} from './window-choice'
import { extent } from '../../lib/extent'

const MINUTE = 60_000
const DAY = 1440 * MINUTE
const steps = [
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  60 * MINUTE,
  180 * MINUTE,
  360 * MINUTE,
  720 * MINUTE,
  DAY,
  2 * DAY,
  3 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
]

/**
 * The whole feed: its prices (or its events, before any price loads). Events outside the prices are
 * shown at the edges of the charts, with words.
 */
export function feedExtent(
  series: readonly SeriesState[],
  events: readonly MarketEvent[],
  asOf: number | null,
  now: number,
): Span {
  const prices = series.flatMap((s) =>
    s.data && s.data.points.length ? [s.data.points[0]!.t, s.data.points.at(-1)!.t] : [],
  )
  const times = prices.length ? prices : events.map((e) => e.at)
  const bounds = extent(times)
  if (!bounds) return [0, 1]
  const [first, last] = bounds
  // Room at the right edge for the last value, rounded to a step of about a 50th of the span: a
  // live feed's new point moves the window only when it crosses a step, not on every poll (every
  // chart would redraw each time), and the last price never sits on the edge.
  // Live, a last price of the past day runs the window on to now: the session in progress and the
  // time since that price are in view, not cut off at it. A feed read long after it ended is not
  // stretched to today.
  const reach = asOf === null && now > last && now - last <= DAY ? now : last
  const step = steps.find((s) => s >= (reach - first) / 50) ?? steps.at(-1)!
  const end = Math.ceil((reach + step / 4) / step) * step
  // In replay the window runs to the moment shown, even when the last point is earlier (a day at
  // most: a far-off ?asof= must not stretch the axis over centuries).
  return asOf !== null && asOf > last
    ? [first, Math.min(asOf, last + DAY)]
    : [first, times.length > 1 && reach > first ? end : last]
}

/**
 * The window of the market panels, from ?window= or the default that fits the selection. A round
 * the feed's rounds, once read, do not hold is not shown: the default is, which the select names,
 * and `absentRound` says which round the link asked for.
 */
export function useMarketWindow(
  event: MarketEvent | null,
  events: readonly MarketEvent[],
  series: readonly SeriesState[],
  rounds: readonly Round[],
  roundsRead: RoundsRead['status'],
  zone: string,
  asOf: number | null,
) {
  const [fromUrl, setWindow] = useUrlParam('window')
  // Read once a minute: the window's end moves only when now crosses one of its steps.
  const now = useNow(60_000)
  const [from, to] = useMemo(
    () => feedExtent(series, events, asOf, now),
    [series, events, asOf, now],
  )
  // The same span is the same array: a minute that moves nothing redraws no chart.
  const extent = useMemo((): Span => [from, to], [from, to])
  const asked = fromUrl && showsWithSelection(fromUrl, event !== null) ? fromUrl : null
  const absentRound =
    asked?.kind === 'round' && roundsRead === 'read' && !rounds.some((r) => r.id === asked.id)
      ? asked.id
      : null
  const choice: WindowChoice = asked && absentRound === null ? asked : defaultWindow(event, rounds)
  // Keyed by the choice's text: a new object for the same choice computes nothing again.
  const key = writeWindow(choice)
  // Only a window that follows now is computed again as now moves.
  const nowFollowed = choice.kind === 'last' ? now : 0
  const [start, end] = useMemo(
    () =>
      resolveWindow(readWindow(key) ?? { kind: 'all' }, event, events, extent, zone, nowFollowed),
    [key, event, events, extent, zone, nowFollowed],
  )
  // The same span is the same array: a minute that moves a window to the same step redraws nothing.
  const domain = useMemo((): Span => [start, end], [start, end])
  const latest = useMemo(() => latestPrice(series, now), [series, now])
  const options = windowOptions(rounds, event !== null, choice, latest)
  // "range" is the dragged range already shown: choosing it again changes nothing.
  const choose = useCallback(
    (value: string) => setWindow(value === 'range' ? fromUrl : readWindow(value)),
    [fromUrl, setWindow],
  )
  const zoomTo = useCallback(
    (from: number, to: number) => setWindow({ kind: 'range', from, to }),
    [setWindow],
  )
  const resetZoom = useCallback(() => setWindow(null), [setWindow])
  const value = choiceValue(choice)
  const defaultValue = choiceValue(defaultWindow(event, rounds))
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? null
  return {
    domain,
    choice,
    value,
    label: labelOf(value),
    /** What the window goes back to (resetZoom): null when it is shown already. */
    defaultLabel: value === defaultValue ? null : labelOf(defaultValue),
    latest,
    options,
    choose,
    zoomTo,
    resetZoom,
    zoomed: choice.kind === 'range',
    /** The round the link's window names, which the feed's rounds do not hold (null: none). */
    absentRound,
    /** The link's window names a round, and the feed's rounds are still loading. */
    roundPending: asked?.kind === 'round' && roundsRead === 'pending',
  }
}
