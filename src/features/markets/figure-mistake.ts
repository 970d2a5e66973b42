import type { Instrument } from '../../feed/schemas/types'
import { aheadShownMs } from '../../lib/ahead-of-now'
import { formatDateTime, formatDuration } from '../../lib/format-time'
import { formatValue, signedPercent } from '../../lib/format-number'
import type { SeriesTail } from './series-tail'

/** "Last price disagrees with its series (6,005.88, Mon 9 Jun, 21:00 BST)", and what it means. */
export type FigureMistake = { words: string; meaning: string }

const disagree = 'the feed’s two figures disagree: one of them is wrong'

/**
 * A mistake the page can see in the feed's figures for an instrument (markets.json), live: an as-of
 * time after now, or, beside its series when one is loaded, a last value (for a series of % changes,
 * a day change) that reads differently once formatted than the series' last point, or a series
 * whose last price is later than the figure's as-of time. The page cannot tell which is right: it
 * shows the figure and says so.
 */
export function figureMistake(
  instrument: Instrument,
  tail: SeriesTail | null | undefined,
  now: number,
  zone: string,
  thisYear: number,
): FigureMistake | null {
  const asOf = Date.parse(instrument.asOf)
  if (asOf - now > aheadShownMs)
    return {
      words: `As-of time ${formatDuration(asOf - now)} ahead of now`,
      meaning: 'a clock or time zone mistake in the feed, or this computer’s clock is behind',
    }
  if (!tail) return null
  const at = formatDateTime(tail.lastAt, zone, undefined, thisYear)
  if (tail.basis === 'level' && instrument.last !== null) {
    const series = formatValue({ ...instrument, last: tail.lastValue })
    if (series !== formatValue(instrument))
      return { words: `Last price disagrees with its series (${series}, ${at})`, meaning: disagree }
  }
  if (tail.basis === 'percent-change' && instrument.changePercent !== null) {
    const series = signedPercent(tail.lastValue)
    if (series !== signedPercent(instrument.changePercent))
      return { words: `Day change disagrees with its series (${series}, ${at})`, meaning: disagree }
  }
  if (asOf < tail.lastAt)
    return {
      words: `Its series has a later price (${at})`,
      meaning: 'the figure shown may be out of date',
    }
  return null
}
