import { memo } from 'react'
import { formatDateTime } from '../../lib/format-time'
import { formatValue } from '../../lib/format-number'
import { arrow, signedPercent } from './format-market'
import type { SnapshotItem } from './snapshot-at'
import type { Instrument } from '../../feed/schemas/types'
import { formatMove } from './move-unit'

const directionClass = (value: number) => (value > 0 ? 'text-good' : value < 0 ? 'text-danger' : 'text-muted')

/** The day's change as the feed gives it: in % (a yield's change in basis points, from `change`). */
function DayChange({ instrument, unavailable }: { instrument: Instrument; unavailable: boolean }) {
  const inBp = instrument.kind === 'yield' && instrument.change !== null
  const value = inBp ? instrument.change! * 100 : instrument.changePercent
  if (value === null) return <span className="text-xs text-muted">{unavailable ? 'change not known yet' : 'change not reported'}</span>
  return (
    <span className={`font-mono text-sm ${directionClass(value)}`}>
      {inBp ? formatMove(value, 'bp') : signedPercent(value)}{' '}
      <span role="img" aria-label={value > 0 ? 'up' : value < 0 ? 'down' : 'unchanged'}>
        {arrow(value)}
      </span>
    </span>
  )
}

/**
 * Each instrument's last value, change and as-of time: exactly as the feed gives them, or in replay
 * as of the moment (with the reason where a figure was not known yet).
 */
export const SnapshotStrip = memo(function SnapshotStrip({ items, zone }: { items: readonly SnapshotItem[]; zone: string }) {
  return (
    <ul aria-label="Market snapshot" className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {items.map(({ instrument, unavailable }) => (
        <li key={instrument.id} className="h-[92px] overflow-hidden rounded border border-line bg-raised px-2 py-1.5">
          <p className="truncate text-xs font-semibold" title={instrument.name}>
            {instrument.shortName}
          </p>
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className={`font-mono text-sm ${instrument.last === null ? 'text-muted italic' : ''}`}>{formatValue(instrument)}</span>
            <DayChange instrument={instrument} unavailable={unavailable !== null} />
          </p>
          {unavailable ? (
            <p className="truncate text-[11px] text-warn" title={unavailable}>
              {unavailable}
            </p>
          ) : (
            <p className="truncate text-[11px] text-muted">
              {instrument.unit}
              {instrument.currency ? `, ${instrument.currency}` : ''}
            </p>
          )}
          <p className="truncate text-[11px] text-muted">
            as of <time dateTime={instrument.asOf}>{formatDateTime(instrument.asOf, zone, instrument.asOfPrecision)}</time>
          </p>
        </li>
      ))}
    </ul>
  )
})
