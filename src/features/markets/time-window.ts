import { addDays } from '../../lib/civil-date'
import { wallClock, zonedTimeToUtc } from '../../lib/zoned-time'
import type { MarketEvent } from './market-events'
import type { Span } from './series-view'

export type WindowKind = 'event' | 'day' | 'round'

export const windowLabels: Record<WindowKind, string> = {
  event: 'Selected session or event',
  day: 'The day',
  round: 'The whole round',
}

const HOUR = 3_600_000

function floorHour(t: number) {
  return Math.floor(t / HOUR) * HOUR
}
function ceilHour(t: number) {
  return Math.ceil(t / HOUR) * HOUR
}

/**
 * The time window the panels show. `event`: the selected session (or the event's session, or
 * three hours either side of a point event); `day`: the calendar day of the event in the display
 * zone; `round`: everything the feed has. Falls back to the round when nothing is selected.
 */
export function computeWindow(
  kind: WindowKind,
  event: MarketEvent | null,
  events: readonly MarketEvent[],
  extent: Span,
  zone: string,
): Span {
  const round: Span = [floorHour(extent[0]), ceilHour(extent[1])]
  if (!event || kind === 'round') return round
  if (kind === 'day') {
    const date = wallClock(new Date(event.at), zone).date
    return [
      zonedTimeToUtc(date, '00:00', zone).getTime(),
      zonedTimeToUtc(addDays(date, 1), '00:00', zone).getTime(),
    ]
  }
  const session =
    event.kind === 'session'
      ? event
      : (events.find((e) => e.kind === 'session' && e.id === event.sessionId) ?? null)
  if (session) {
    const end = session.end ?? session.at + 6 * HOUR
    return [floorHour(session.at - 2 * HOUR), ceilHour(end + 2 * HOUR)]
  }
  return [floorHour(event.at - 3 * HOUR), ceilHour(event.at + 3 * HOUR)]
}

const DAY = 24 * HOUR
const hourSteps = [1, 2, 3, 4, 6, 12, 24, 48].map((h) => h * HOUR)

/** A whole number of days, 1, 2 or 5 times a power of ten, giving at most `count` steps over `span`. */
function dayStep(span: number, count: number): number {
  const days = span / count / DAY
  const power = 10 ** Math.floor(Math.log10(days))
  return (
    [1, 2, 5, 10].map((m) => m * power * DAY).find((s) => span / s <= count) ?? 10 * power * DAY
  )
}

/**
 * Hour-aligned tick times for a window, at most `count + 1` of them whatever its length (over
 * more than a few days the step is a whole number of days).
 */
export function timeTicks([from, to]: Span, count = 6): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from || count < 1) return []
  const span = to - from
  const step = hourSteps.find((s) => span / s <= count) ?? Math.max(dayStep(span, count), 48 * HOUR)
  const ticks: number[] = []
  for (let t = Math.ceil(from / step) * step; t <= to && ticks.length <= count; t += step)
    ticks.push(t)
  return ticks
}
