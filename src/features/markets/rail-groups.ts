import type { MarketEvent } from './market-events'
import type { Span } from './series-view'

/** Events at one place on a rail: one instant, or all those beyond one edge of the window. */
export type RailGroup = {
  t: number
  /** Where the marker sits, 0 to 1 across the plot. */
  x: number
  events: MarketEvent[]
  edge: 'before' | 'after' | null
  /** Words for events the series has no price around, or null. */
  note: string | null
}

function dataNote(t: number, data: Span | null): string | null {
  if (!data) return null
  if (t < data[0]) return 'before the first price in this series'
  if (t > data[1]) return 'after the last price in this series'
  return null
}

/**
 * Markers closer than this share one (a fraction of the plot's width: about 5 px on a 700 px plot),
 * so a rail draws at most about 140 markers however many events the window holds.
 */
export const railClusterFraction = 1 / 140

/**
 * The rail's markers: events in the window at their time (those within `minGap` of the first event
 * of a marker join it), events before (after) it together at the left (right) edge. Each says when
 * it lies outside the series' prices.
 */
export function railGroups(
  events: readonly MarketEvent[],
  domain: Span,
  data: Span | null,
  minGap = railClusterFraction,
): RailGroup[] {
  const [from, to] = domain
  const span = to - from
  const before = events.filter((e) => e.at < from)
  const after = events.filter((e) => e.at > to)
  const groups: RailGroup[] = []
  if (before.length) {
    const latest = before.at(-1)!
    groups.push({
      t: latest.at,
      x: 0,
      events: [...before].reverse(),
      edge: 'before',
      note: dataNote(latest.at, data) ?? 'before this window',
    })
  }
  for (const event of events) {
    if (event.at < from || event.at > to) continue
    const last = groups.at(-1)
    const x = span > 0 ? (event.at - from) / span : 0
    if (last && last.edge === null && (last.t === event.at || x - last.x < minGap))
      last.events.push(event)
    else
      groups.push({ t: event.at, x, events: [event], edge: null, note: dataNote(event.at, data) })
  }
  if (after.length)
    groups.push({
      t: after[0]!.at,
      x: 1,
      events: after,
      edge: 'after',
      note: dataNote(after[0]!.at, data) ?? 'after this window',
    })
  return groups
}
