import type { Instrument } from '../../feed/schemas/types'
import { indexAtOrAfter, indexAtOrBefore, percentMove } from '../../lib/rebase'
import { wallClock } from '../../lib/zoned-time'
import { tradingSpans, type PreparedSeries } from './series-view'

const MINUTE = 60_000
const DAY = 86_400_000

export type Move = {
  /** When the move is read (the horizon), or null when there is no such moment yet. */
  at: number | null
  /** The % move from the base to the last value at or before `at`; null when not traded yet. */
  move: number | null
}

export type Reaction = {
  instrumentId: string
  /** The market was closed when the event happened: counting starts at its next open. */
  closedAtEvent: boolean
  /** When counting starts: the event, or the next open. Null when no open is known. */
  baseAt: number | null
  /** The value counting starts from, or null when the market has not traded since. */
  baseValue: number | null
  m15: Move
  h1: Move
  close: Move
}

type Market = Pick<Instrument, 'id' | 'tradingHours' | 'timeZone'>

/**
 * How an instrument moved after an event: at +15 min, +1 h and at its next close. A market open at
 * the event starts from its last value at the event; a closed one starts from its first trade at
 * its next open. A horizon beyond the last point of the series has no move yet.
 */
export function computeReaction(market: Market, series: PreparedSeries, eventAt: number): Reaction {
  const spans = tradingSpans(market, [eventAt - DAY, eventAt + 10 * DAY])
  const current = spans.find(([open, close]) => open <= eventAt && eventAt < close)
  const session = current ?? spans.find(([open]) => open > eventAt) ?? null
  const closedAtEvent = current === undefined
  const none: Move = { at: null, move: null }
  const empty = { instrumentId: market.id, closedAtEvent, baseAt: session ? (closedAtEvent ? session[0] : eventAt) : null, baseValue: null, m15: none, h1: none, close: none }
  if (!session) return empty

  const points = series.points
  const baseAt = closedAtEvent ? session[0] : eventAt
  const baseIndex = closedAtEvent ? indexAtOrAfter(points, baseAt) : indexAtOrBefore(points, baseAt)
  const fallback = baseIndex < 0 && !closedAtEvent ? indexAtOrAfter(points, baseAt) : baseIndex
  if (fallback < 0) return empty
  const baseValue = points[fallback]!.v
  const lastT = points.at(-1)?.t ?? -Infinity

  // The day's close: the last close of the sessions that open on the same local trading day.
  const day = wallClock(new Date(session[0]), market.timeZone).date
  const dayClose = Math.max(
    ...spans.filter(([open]) => wallClock(new Date(open), market.timeZone).date === day).map(([, close]) => close),
  )

  const moveAt = (at: number): Move => {
    if (at > lastT) return { at, move: null }
    const i = indexAtOrBefore(points, at)
    if (i < 0) return { at, move: null }
    return { at, move: percentMove(baseValue, points[i]!.v, series.basis) }
  }
  return {
    instrumentId: market.id,
    closedAtEvent,
    baseAt,
    baseValue,
    m15: moveAt(baseAt + 15 * MINUTE),
    h1: moveAt(baseAt + 60 * MINUTE),
    close: moveAt(dayClose),
  }
}
