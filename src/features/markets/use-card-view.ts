import { useMemo } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { useFeed } from '../../hooks/use-feed'
import { moveUnit, type MoveUnit } from '../../lib/move-unit'
import type { Band } from './market-chart'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import type { SeriesState } from './series-query'
import { seriesCadence, type Span } from './series-view'
import { finestTickMs } from '../../lib/cadence'
import { useAxisTicks } from './use-axis-ticks'
import { shownClose, shownUntil } from './shown-close'
import { useInstrumentView } from './use-instrument-view'
import type { ValueKind } from './value-labels'

/** How a chart rebased to an event reads, by the unit its moves are in. */
const rebasedKinds: Record<MoveUnit, ValueKind> = { '%': 'percent', bp: 'bp', level: 'change' }

type Input = {
  instrument: Instrument
  series: SeriesState
  domain: Span
  event: MarketEvent | null
  reaction: Reaction | null
  /** Pixels across the plot: rounded (the line is thinned to it), and exact (its time axis). */
  width: number
  exactWidth: number
  zone: string
  sessionBands: readonly Band[]
  events: readonly MarketEvent[]
}

/**
 * What an instrument card shows of its series: the drawn view (see useInstrumentView), rebased to
 * the event when its reaction has a base value, in which unit and kind of value, until when, its
 * time axis and the span of its data (for the marker rail).
 */
export function useCardView({
  instrument,
  series,
  domain,
  event,
  reaction,
  width,
  exactWidth,
  zone,
  sessionBands,
  events,
}: Input) {
  const { asOf } = useFeed()
  const prepared = series.data
  const axis = useAxisTicks(
    domain,
    exactWidth,
    zone,
    prepared ? finestTickMs(seriesCadence(prepared)) : 0,
  )
  const first = prepared?.points[0]?.t
  const last = prepared?.points.at(-1)?.t
  const dataSpan = useMemo(
    (): Span | null => (first === undefined || last === undefined ? null : [first, last]),
    [first, last],
  )
  const base =
    reaction && reaction.baseValue !== null && event
      ? {
          value: reaction.baseValue,
          label: event.label,
          wholeLabel: event.wholeLabel,
          after: (reaction.baseAt ?? -Infinity) - (reaction.closedAtEvent ? 1 : 0),
          from: reaction.basePriceAt,
        }
      : null
  const basis = prepared?.basis ?? 'level'
  const unit: MoveUnit = moveUnit(instrument, prepared ?? { basis, points: [] })
  const kind: ValueKind = base
    ? rebasedKinds[unit]
    : basis === 'percent-change'
      ? 'percent'
      : 'level'
  const until = shownUntil(asOf, domain, prepared?.points.at(-1)?.t)
  // The previous close, in the series' own terms: a percent-change series is measured against it (0%).
  const closeLevel = useMemo(
    () =>
      prepared?.basis === 'percent-change'
        ? 0
        : shownClose(series.raw, prepared, until, instrument),
    [series.raw, prepared, until, instrument],
  )
  // The previous close as a price in force (0% for a percent-change series), when the feed gives it.
  const reference = series.raw?.reference
  const referenceAt = reference ? Date.parse(reference.at) : NaN
  const referenceValue = basis === 'percent-change' ? 0 : (reference?.value ?? null)
  const referenceClose = useMemo(
    () =>
      referenceValue !== null && Number.isFinite(referenceAt)
        ? { t: referenceAt, v: referenceValue }
        : null,
    [referenceAt, referenceValue],
  )
  const drawn = useInstrumentView({
    instrument,
    prepared,
    domain,
    base,
    unit,
    closeLevel,
    width,
    sessionBands,
    events,
  })
  return {
    ...drawn,
    ...axis,
    dataSpan,
    prepared,
    base,
    basis,
    unit,
    kind,
    until,
    referenceClose,
  }
}
