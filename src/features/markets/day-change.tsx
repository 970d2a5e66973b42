import { arrow } from './format-market'
import type { Instrument } from '../../feed/schemas/types'
import { dayMove, formatMove } from '../../lib/move-unit'
import { formatLevel } from '../../lib/format-number'
import { quotedDecimals } from '../../lib/quoted-decimals'

const seriesWords = 'from the series: its last value against the previous close'

/** Of a change the feed leaves to a series that failed: not "not reported", which it would not be. */
const failedWords = 'change unknown (its series did not load)'

/** A unit short enough to stay beside a compact figure. */
const keptUnit = (unit: string) => unit.length <= 2

const directionClass = (value: number) =>
  value > 0 ? 'text-good' : value < 0 ? 'text-danger' : 'text-muted'

/**
 * The day's change as the feed gives it, or read from its series when the feed leaves it out, in
 * its unit (see dayMove): %, a yield's basis points, or a level's own unit where it reaches zero
 * (compact: the figure alone, its unit in the tooltip).
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
  const move = dayMove(instrument)
  if (move === null) {
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
  const { value, unit } = move
  const words = formatMove(value, unit, instrument)
  // Compact, a long unit is left to the tooltip; a short one ("bp", "¢") stays: beside moves in %,
  // "+0.70" alone would read as one.
  const figure =
    compact && unit === 'level' && !keptUnit(instrument.unit)
      ? `${words.match(/^[+−]?/)![0]}${formatLevel(Math.abs(value), quotedDecimals(instrument))}`
      : words
  const title = [figure === words ? null : `${words} on the day`, fromSeries ? seriesWords : null]
  return (
    <span
      className={`font-mono ${size} whitespace-nowrap ${directionClass(value)} ${className}`}
      title={title.filter(Boolean).join('; ') || undefined}
    >
      {figure}
      {figure !== words && <span className="sr-only"> ({instrument.unit})</span>}{' '}
      <span role="img" aria-label={value > 0 ? 'up' : value < 0 ? 'down' : 'unchanged'}>
        {arrow(value)}
      </span>
      {fromSeries && <span className="sr-only"> ({seriesWords})</span>}
    </span>
  )
}
