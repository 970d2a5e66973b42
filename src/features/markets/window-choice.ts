import type { Round } from '../../feed/schemas/types'
import { writeWindow, type WindowChoice } from '../../hooks/url-values'
import { latestWithSelected } from '../../lib/latest-with-selected'
import { indexAtOrBefore } from '../../lib/rebase'
import type { SeriesState } from './series-query'
import { computeWindow } from './time-window'
import type { MarketEvent } from './market-events'
import type { Span } from './series-view'
import { extent } from '../../lib/extent'

const DAY = 86_400_000
const HOUR = 3_600_000
const MINUTE = 60_000

/**
 * The time of the latest price at or before now across the series (null: none has one), or
 * undefined while any series is loading or failed: what it holds is not known.
 */
export type LatestPrice = { at: number | null | undefined; now: number }

export function latestPrice(series: readonly SeriesState[], now: number): LatestPrice {
  let at: number | null = null
  for (const { data } of series) {
    if (!data) return { at: undefined, now }
    const i = indexAtOrBefore(data.points, now)
    if (i >= 0) at = Math.max(at ?? -Infinity, data.points[i]!.t)
  }
  return { at, now }
}

/** The "last N hours" windows offered; the URL may ask for others. */
const offeredLastHours = [1, 4, 24]

const lastLabel = (hours: number) => (hours === 1 ? 'Last hour' : `Last ${hours} hours`)

/**
 * The last `hours` up to now, ending at now rounded up to a step (a minute for the hour, 5 minutes
 * up to 4 hours, 15 beyond), so the window moves on with now without redrawing at every tick.
 */
export function lastHoursWindow(hours: number, now: number): Span {
  const span = hours * HOUR
  const step = span <= HOUR ? MINUTE : span <= 4 * HOUR ? 5 * MINUTE : 15 * MINUTE
  const end = Math.ceil(now / step) * step
  return [end - span, end]
}

/** The span of a round's sessions, developments and quotes, or null when it has none. */
export function roundSpan(roundId: string, events: readonly MarketEvent[]): Span | null {
  const times = events
    .filter((e) => e.roundId === roundId)
    .flatMap((e) => (e.end === null ? [e.at] : [e.at, e.end]))
  return extent(times)
}

/**
 * The window a choice stands for. A round shows its events with some days either side (at least
 * three, or a quarter of its length), so daily closes before and after are in view, but no days
 * after both now and the last price.
 */
export function resolveWindow(
  choice: WindowChoice,
  event: MarketEvent | null,
  events: readonly MarketEvent[],
  extent: Span,
  zone: string,
  now: number,
): Span {
  switch (choice.kind) {
    case 'range':
      return [choice.from, choice.to]
    case 'last':
      return lastHoursWindow(choice.hours, now)
    case 'round': {
      const span = roundSpan(choice.id, events)
      if (!span) return computeWindow('round', null, events, extent, zone)
      const pad = Math.max(3 * DAY, (span[1] - span[0]) / 4)
      // Never days of empty future: a round in progress ends at its last event, or at now or the
      // last price, whichever is later.
      const end = Math.max(span[1], Math.min(span[1] + pad, Math.max(now, extent[1])))
      return [Math.floor((span[0] - pad) / HOUR) * HOUR, Math.ceil(end / HOUR) * HOUR]
    }
    case 'all':
      return computeWindow('round', null, events, extent, zone)
    default:
      return computeWindow(choice.kind, event, events, extent, zone)
  }
}

/**
 * The window when the URL names none: the selected event's round when the feed has several rounds,
 * otherwise the whole feed.
 */
export function defaultWindow(event: MarketEvent | null, rounds: readonly Round[]): WindowChoice {
  if (event?.roundId && rounds.length > 1 && rounds.some((r) => r.id === event.roundId))
    return { kind: 'round', id: event.roundId }
  return { kind: 'all' }
}

/**
 * Whether the window the URL asks for can be shown: a window of the selected event (its session,
 * its day) with no event selected cannot, and the default is shown instead, which the select then
 * names, never a window the charts do not show. The URL keeps what it asks for, so choosing an
 * event then shows its day.
 */
export function showsWithSelection(asked: WindowChoice, hasEvent: boolean): boolean {
  return hasEvent || (asked.kind !== 'event' && asked.kind !== 'day')
}

export type WindowOption = { value: string; label: string; disabled: boolean }

/** Rounds offered by name: the latest ones (and the one shown); an earlier round is reached by choosing one of its events. */
export const roundOptionCap = 10

/**
 * The choices offered: event and day (with an event), the last hour, 4 and 24 hours, each round by
 * name (when several, or the one shown), the whole feed, a dragged range.
 */
export function windowOptions(
  rounds: readonly Round[],
  hasEvent: boolean,
  current: WindowChoice,
  latest: LatestPrice = { at: undefined, now: 0 },
): WindowOption[] {
  const several = rounds.length > 1
  const isCurrent = (r: Round) => current.kind === 'round' && r.id === current.id
  // With one round, it is offered by name only while a link's window names it: the select then
  // says what the charts show, not its first choice.
  const listed = several
    ? latestWithSelected(rounds, roundOptionCap, isCurrent)
    : rounds.filter(isCurrent)
  const earlier = Math.max(0, rounds.length - roundOptionCap)
  return [
    { value: 'event', label: 'Selected session or event', disabled: !hasEvent },
    { value: 'day', label: 'The day', disabled: !hasEvent },
    ...[
      ...offeredLastHours,
      ...(current.kind === 'last' && !offeredLastHours.includes(current.hours)
        ? [current.hours]
        : []),
    ]
      .sort((a, b) => a - b)
      .map((hours) => {
        const empty =
          latest.at !== undefined &&
          (latest.at === null || latest.at < latest.now - hours * HOUR) &&
          !(current.kind === 'last' && current.hours === hours)
        return {
          value: `last:${hours}h`,
          label: empty ? `${lastLabel(hours)}: no prices in it` : lastLabel(hours),
          disabled: empty,
        }
      }),
    ...listed.map((r) => ({ value: `round:${r.id}`, label: r.name, disabled: false })),
    ...(earlier > 0
      ? [
          {
            value: 'earlier-rounds',
            label: `${earlier} earlier round${earlier === 1 ? '' : 's'}: pick one of their events on the timeline`,
            disabled: true,
          },
        ]
      : []),
    { value: 'all', label: several ? 'The whole feed' : 'The whole round', disabled: false },
    ...(current.kind === 'range'
      ? [{ value: 'range', label: 'Zoomed range', disabled: false }]
      : []),
  ]
}

/** The option value of a choice (the select's value). */
export function choiceValue(choice: WindowChoice): string {
  return choice.kind === 'range' ? 'range' : writeWindow(choice)
}
