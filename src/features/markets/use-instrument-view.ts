import { useMemo } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { drawSeries } from './draw-rows'
import { moveBetween, type MoveUnit } from '../../lib/move-unit'
import { indexAtOrBefore } from '../../lib/rebase'
import { quotedDecimals } from '../../lib/quoted-decimals'
import { valueExtent } from '../../lib/extent'
import type { Band } from './market-chart'
import type { MarketEvent } from './market-events'
import { valueScale } from './value-scale'
import { sameItems, samePoints, useStableValue } from '../../hooks/use-stable-value'
import {
  closedSpans,
  seriesCadence,
  sliceWindow,
  tradingSpans,
  type PreparedSeries,
  type Span,
} from './series-view'

/** Closed hours are shaded only over windows short enough for a night to be seen. */
const maxShadedSpan = 14 * 86_400_000
const noRows: readonly { t: number; v: number | null }[] = []
const noNumbers: readonly number[] = []
const noSpans: readonly Span[] = []
const sameSpans = (a: readonly Span[], b: readonly Span[]) =>
  a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1])

/**
 * Half the band a flat line (or a single price) is drawn in: a tenth of a point of %, a basis
 * point, or five of the last digit the instrument is quoted to (a level: at least 0.1% of it), so
 * a yield of 0.005% is not drawn on an axis from 0.00499 to 0.00501.
 */
function flatPad(
  drawnIn: MoveUnit | 'level as quoted',
  quotedDigit: number,
  value: number,
): number {
  if (drawnIn === '%') return 0.1
  if (drawnIn === 'bp') return 1
  const fiveOfLastDigit = 5 * quotedDigit
  return drawnIn === 'level' ? fiveOfLastDigit : Math.max(Math.abs(value) * 0.001, fiveOfLastDigit)
}

type Input = {
  instrument: Instrument
  prepared: PreparedSeries | undefined
  domain: Span
  /** The event the line is rebased to, when one is chosen and has a value. */
  base: { value: number; label: string } | null
  unit: MoveUnit
  /** The previous close in the series' own terms, when the feed gives one. */
  closeLevel: number | null
  /** Pixels across the plot. */
  width: number
  sessionBands: readonly Band[]
  events: readonly MarketEvent[]
}

/**
 * What a card draws for its window: the line (thinned to about a point per pixel, rebased to the
 * event if one is chosen), the value scale, closed hours, sessions and event times. Values are kept
 * while equal, so a poll that leaves this series' window unchanged redraws nothing.
 */
export function useInstrumentView({
  instrument: { tradingHours, timeZone, kind, decimals, last },
  prepared,
  domain,
  base,
  unit,
  closeLevel,
  width,
  sessionBands,
  events,
}: Input) {
  const quotedDigit = 10 ** -quotedDecimals({ kind, decimals, last })
  const view = useMemo(() => {
    if (!prepared) return null
    const cadence = seriesCadence(prepared)
    // Daily closes are joined close to close: trading hours matter only to intraday data.
    const intraday = cadence.kind === 'intraday'
    const trading = intraday ? tradingSpans({ tradingHours, timeZone }, domain) : null
    const inWindow = sliceWindow(prepared.points, domain)
    const before = prepared.points[indexAtOrBefore(prepared.points, domain[0] - 1)] ?? null
    // A rebase is an increasing linear map of the values; one that cannot be made (a % of a
    // level of 0) leaves nothing to draw.
    const drawable =
      base && moveBetween(base.value, base.value, prepared.basis, unit) === null ? [] : inWindow
    const move = base
      ? (v: number) => moveBetween(base.value, v, prepared.basis, unit)!
      : (v: number) => v
    const drawWidth = Math.max(width - 60, 40)
    const { rows, drawn, lone } = base
      ? drawSeries(drawable, trading ?? [], cadence, drawWidth, move)
      : drawSeries(drawable, trading ?? [], cadence, drawWidth)
    const shaded = trading !== null && domain[1] - domain[0] <= maxShadedSpan
    const range = valueExtent(drawable)
    const [min, max] = range ? [move(range[0]), move(range[1])] : [Infinity, -Infinity]
    const close =
      closeLevel === null
        ? null
        : base
          ? moveBetween(base.value, closeLevel, prepared.basis, unit)
          : closeLevel
    // The previous close is in scale unless it would squash the line to under a third of the plot;
    // a single price (or a flat line) has nothing to squash, and its place against the close is
    // all it says.
    const flat = max - min <= Math.abs(max) * 1e-9
    const closeInScale =
      close !== null &&
      (flat ||
        Math.max(max, close) - Math.min(min, close) <=
          3 * Math.max(max - min, Math.abs(max) * 1e-4))
    const drawnIn = base ? unit : prepared.basis === 'percent-change' ? '%' : 'level as quoted'
    const pad = flatPad(drawnIn, quotedDigit, max)
    const scale = closeInScale
      ? valueScale(Math.min(min, close), Math.max(max, close), pad)
      : valueScale(min, max, pad)
    return {
      trading,
      inWindow,
      before,
      drawn,
      rows,
      lone,
      scale,
      previousClose: close,
      closeInScale,
      last: drawable.length > 0 ? move(drawable.at(-1)!.v) : null,
      closed: shaded ? closedSpans(trading, domain) : [],
    }
  }, [prepared, tradingHours, timeZone, domain, base?.value, width, unit, closeLevel, quotedDigit]) // eslint-disable-line react-hooks/exhaustive-deps

  const rows = useStableValue(view?.rows ?? noRows, samePoints)
  const lone = useStableValue(view?.lone ?? noRows, samePoints) as readonly {
    t: number
    v: number
  }[]
  const scaleTicks = useStableValue(view?.scale.ticks ?? noNumbers, sameItems)
  const scale = useMemo(
    () => ({
      ticks: scaleTicks,
      domain: [scaleTicks[0] ?? 0, scaleTicks.at(-1) ?? 1] as [number, number],
    }),
    [scaleTicks],
  )
  const closed = useStableValue(view?.closed ?? noSpans, sameSpans)
  const sessions = useStableValue(
    useMemo(() => sessionBands.map((b) => [b.from, b.to] as const), [sessionBands]),
    sameSpans,
  )
  const eventTimes = useStableValue(
    useMemo(
      () => [
        ...new Set(events.filter((e) => e.at >= domain[0] && e.at <= domain[1]).map((e) => e.at)),
      ],
      [events, domain],
    ),
    sameItems,
  )
  return { view, rows, lone, scale, closed, sessions, eventTimes }
}
