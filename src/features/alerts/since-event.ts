import { indexAtOrBefore, type TimedValue } from '../../lib/rebase'
import { tradingSessionsBetween } from '../../feed/trading-hours'
import { wallClock } from '../../lib/zoned-time'
import { eventKey, type AlertSeries, type AlertWorld } from './alert-world'

const DAY = 86_400_000

export function latestAt(points: readonly TimedValue[], now: number): TimedValue | null {
  return points[indexAtOrBefore(points, now)] ?? null
}

/** The series and event a move is measured over, with its first and latest points since. */
export function sinceEvent(
  rule: { instrumentId: string; since: { kind: string; id: string } },
  world: AlertWorld,
) {
  const series = world.series.get(rule.instrumentId)
  const event = world.events.get(eventKey(rule.since))
  if (!series || !event || world.now < event.at) return null
  const base = latestAt(series.points, event.at)
  const last = latestAt(series.points, world.now)
  if (!base || !last || last.t <= base.t || stoppedBefore(series, base.t, event.at)) return null
  return { series, event, base, last }
}

/** Whole trading days a series may miss before an event and still count from its last price. */
const missedDaysAllowed = 2

/**
 * Whether the series had stopped before the event: more whole trading days (by the instrument's
 * hours) passed between its last price and the event than a holiday explains. A move counted from
 * a price that old is of the gap, not of the event.
 */
function stoppedBefore(series: AlertSeries, baseAt: number, eventAt: number): boolean {
  const hours = series.instrument?.tradingHours
  const zone = series.instrument?.timeZone
  if (!hours?.length || !zone || eventAt - baseAt < (missedDaysAllowed + 1) * DAY) return false
  const missedDays = new Set(
    tradingSessionsBetween(new Date(baseAt), new Date(eventAt), hours, zone)
      .filter(([open, close]) => open.getTime() > baseAt && close.getTime() <= eventAt)
      .map(([open]) => wallClock(open, zone).date),
  )
  return missedDays.size > missedDaysAllowed
}
