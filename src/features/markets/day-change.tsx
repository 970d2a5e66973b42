import { arrow } from './format-market'
import { signedPercent } from '../../lib/format-number'
import type { Instrument } from '../../feed/schemas/types'
import { formatMove } from '../../lib/move-unit'

const seriesWords = 'from the series: its last value against the previous close'

/** Of a change the feed leaves to a series that failed: not "not reported", which it would not be. */
const failedWords = 'change unknown (its series did not load)'

const directionClass = (value: number) =>
  value > 0 ? 'text-good' : value < 0 ? 'text-danger' : 'text-muted'

/**
 * The day's change as the feed gives it, or read from its series when the feed leaves it out: in %
 * (a yield's change in basis points, from `change`).
 */
export function DayChange({
  instrument,
  unavailable,
  seriesFailed = false,
  size = 'text-sm',
  compact = false,
  fromSeries = false,
  className = '',
}: {
  instrument: Instrument
  /** Not known yet: the replayed moment has no figure, or the series it is read from is loading. */
  unavailable: boolean
  /** The feed leaves the change to its series, which failed to load. */
  seriesFailed?: boolean
  size?: string
  /** No figure shown as a dash (the words in its tooltip and for screen readers). */
  compact?: boolean
  /** The figure was read from the series (seriesDayChange), not given by the feed. */
  fromSeries?: boolean
  /** More classes for its box (a reserved width). */
  className?: string
}) {
  const inBp = instrument.kind === 'yield' && instrument.change !== null
  const value = inBp ? instrument.change! * 100 : instrument.changePercent
  if (value === null) {
    const words = seriesFailed
      ? failedWords
      : unavailable
        ? 'change not known yet'
        : 'change not reported'
    return compact ? (
      <span className={`text-xs text-muted ${className}`} title={words}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{words}</span>
      </span>
    ) : (
      <span className={`text-xs text-muted ${className}`}>{words}</span>
    )
  }
  return (
    <span
      className={`font-mono ${size} whitespace-nowrap ${directionClass(value)} ${className}`}
      title={fromSeries ? seriesWords : undefined}
    >
      {inBp ? formatMove(value, 'bp') : signedPercent(value)}{' '}
      <span role="img" aria-label={value > 0 ? 'up' : value < 0 ? 'down' : 'unchanged'}>
        {arrow(value)}
      </span>
      {fromSeries && <span className="sr-only"> ({seriesWords})</span>}
    </span>
  )
}
