import { instrumentAsOf, type Unavailable } from '../../feed/as-of'
import type { Instrument, Series } from '../../feed/schemas/types'
import { lacksDayChange, seriesDayChange } from './series-day-change'
import type { PreparedSeries } from './series-view'
import { formatValue } from '../../lib/format-number'

/**
 * One snapshot figure: the instrument's figures (as of the replayed moment), and why one is
 * missing. `changeFromSeries`: the day change was read from the series (live, one the feed left
 * out; as of a moment, against the series' previous trading day);
 * `changeLoading`: that series is still loading (the change is not known yet, not "not reported");
 * `changeFailed`: that series failed to load (the change is unknown, not "not reported").
 * `illustrative`: as of a moment, figures read from an illustrative path (not real prices).
 * `levelUnknown`: as of a moment, the level the feed gives is not known then (never "not reported").
 */
export type SnapshotItem = {
  instrument: Instrument
  unavailable: Unavailable | null
  changeFromSeries?: boolean
  changeLoading?: boolean
  changeFailed?: boolean
  illustrative?: boolean
  levelUnknown?: boolean
}

/** The last value as the snapshot writes it: "6,005.88", "level not reported", or "level not known then". */
export function shownLevel({ instrument, levelUnknown }: SnapshotItem): string {
  return levelUnknown && instrument.last === null ? 'level not known then' : formatValue(instrument)
}

type SeriesSource = { raw: Series | undefined; data?: PreparedSeries; error: unknown }

/**
 * The snapshot live (the feed's figures as given; a day change it leaves out read from a loaded
 * series, see seriesDayChange) or as of `asOf`, derived from each instrument's series cut at that
 * moment. A series still loading is said so, never shown as "no prices".
 */
export function snapshotAt(
  instruments: readonly Instrument[],
  series: readonly (SeriesSource | undefined)[],
  asOf: number | null,
): SnapshotItem[] {
  return instruments.map((instrument, i) => {
    const item = itemAt(instrument, series[i], asOf)
    return asOf !== null && instrument.last !== null && item.instrument.last === null
      ? { ...item, levelUnknown: true }
      : item
  })
}

/** One instrument's snapshot figure (see snapshotAt). */
function itemAt(
  instrument: Instrument,
  source: SeriesSource | undefined,
  asOf: number | null,
): SnapshotItem {
  if (asOf === null) {
    const day = source?.raw && source.data && seriesDayChange(instrument, source.raw, source.data)
    if (day)
      return { instrument: { ...instrument, ...day }, unavailable: null, changeFromSeries: true }
    const fromSeries = lacksDayChange(instrument) && source !== undefined && !source.raw
    if (fromSeries && source.error) return { instrument, unavailable: null, changeFailed: true }
    return fromSeries
      ? { instrument, unavailable: null, changeLoading: true }
      : { instrument, unavailable: null }
  }
  // A series that failed says so: its absence is not the feed's ("No price series").
  if (!source?.raw && source?.error && Date.parse(instrument.asOf) > asOf)
    return {
      ...withoutFigures(instrument, asOf, {
        words: `The ${instrument.shortName} series could not be loaded: no figure as of then`,
        brief: 'Series did not load',
        at: null,
      }),
      changeFailed: true,
    }
  if (source?.raw || source?.error) {
    const item = instrumentAsOf(instrument, source.raw, asOf)
    // The feed's own figures come back as they are; any other were read from the series.
    const read = item.instrument !== instrument
    const figures = item.instrument.last !== null || item.instrument.changePercent !== null
    return read && figures && source.raw?.illustrative ? { ...item, illustrative: true } : item
  }
  const known = Date.parse(instrument.asOf) <= asOf
  return known
    ? { instrument, unavailable: null }
    : withoutFigures(instrument, asOf, {
        words: `Loading the ${instrument.shortName} series for the figures as of then`,
        at: null,
      })
}

/** An instrument with no figure as of `asOf`, and why. */
function withoutFigures(instrument: Instrument, asOf: number, unavailable: Unavailable) {
  return {
    instrument: {
      ...instrument,
      last: null,
      change: null,
      changePercent: null,
      asOf: new Date(asOf).toISOString(),
    },
    unavailable,
  }
}
