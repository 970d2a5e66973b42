import { arrow, signedPercent } from './format-market'
import type { Instrument } from '../../feed/schemas/types'
import { formatMove } from './move-unit'

const directionClass = (value: number) =>
  value > 0 ? 'text-good' : value < 0 ? 'text-danger' : 'text-muted'

/** The day's change as the feed gives it: in % (a yield's change in basis points, from `change`). */
export function DayChange({
  instrument,
  unavailable,
  size = 'text-sm',
  compact = false,
}: {
  instrument: Instrument
  unavailable: boolean
  size?: string
  /** No figure shown as a dash (the words in its tooltip and for screen readers). */
  compact?: boolean
}) {
  const inBp = instrument.kind === 'yield' && instrument.change !== null
  const value = inBp ? instrument.change! * 100 : instrument.changePercent
  if (value === null) {
    const words = unavailable ? 'change not known yet' : 'change not reported'
    return compact ? (
      <span className="text-xs text-muted" title={words}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{words}</span>
      </span>
    ) : (
      <span className="text-xs text-muted">{words}</span>
    )
  }
  return (
    <span className={`font-mono ${size} whitespace-nowrap ${directionClass(value)}`}>
      {inBp ? formatMove(value, 'bp') : signedPercent(value)}{' '}
      <span role="img" aria-label={value > 0 ? 'up' : value < 0 ? 'down' : 'unchanged'}>
        {arrow(value)}
      </span>
    </span>
  )
}
