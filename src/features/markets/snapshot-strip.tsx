import { memo } from 'react'
import { formatDateTime } from '../../lib/format-time'
import { formatValue } from '../../lib/format-number'
import { arrow, signedPercent } from './format-market'
import type { SnapshotItem } from './snapshot-at'
import type { Instrument } from '../../feed/schemas/types'
import { formatMove } from './move-unit'
import { useSnapshotInBand } from '../../hooks/snapshot-placement'

const directionClass = (value: number) =>
  value > 0 ? 'text-good' : value < 0 ? 'text-danger' : 'text-muted'

/** The day's change as the feed gives it: in % (a yield's change in basis points, from `change`). */
function DayChange({
  instrument,
  unavailable,
  size = 'text-sm',
}: {
  instrument: Instrument
  unavailable: boolean
  size?: string
}) {
  const inBp = instrument.kind === 'yield' && instrument.change !== null
  const value = inBp ? instrument.change! * 100 : instrument.changePercent
  if (value === null)
    return (
      <span className="text-xs text-muted">
        {unavailable ? 'change not known yet' : 'change not reported'}
      </span>
    )
  return (
    <span className={`font-mono ${size} whitespace-nowrap ${directionClass(value)}`}>
      {inBp ? formatMove(value, 'bp') : signedPercent(value)}{' '}
      <span role="img" aria-label={value > 0 ? 'up' : value < 0 ? 'down' : 'unchanged'}>
        {arrow(value)}
      </span>
    </span>
  )
}

/**
 * The band across the top of the page (desk and phone): per instrument, name and change, then the
 * last value and its as-of time, in two short lines; three or six to a row by the band's width.
 */
function Band({ items, zone }: { items: readonly SnapshotItem[]; zone: string }) {
  return (
    <div className="@container">
      <ul
        aria-label="Market snapshot"
        className="grid grid-cols-3 gap-1 @[44rem]:grid-cols-6 @[44rem]:gap-2"
      >
        {items.map(({ instrument, unavailable }) => {
          const asOf = formatDateTime(instrument.asOf, zone, instrument.asOfPrecision)
          const unit = `${instrument.unit}${instrument.currency ? `, ${instrument.currency}` : ''}`
          return (
            <li
              key={instrument.id}
              title={`${instrument.name}: ${unit}, as of ${asOf}`}
              className="min-w-0 rounded border border-line bg-raised px-1.5 py-0.5 text-xs leading-snug @[44rem]:px-2"
            >
              <p className="flex flex-wrap items-baseline justify-between gap-x-2">
                <span className="font-semibold">{instrument.shortName}</span>
                <DayChange
                  instrument={instrument}
                  unavailable={unavailable !== null}
                  size="text-xs @[44rem]:text-sm"
                />
              </p>
              <p className="flex flex-wrap items-baseline justify-between gap-x-2">
                <span
                  className={`font-mono ${instrument.last === null ? 'text-muted italic' : ''}`}
                >
                  {formatValue(instrument)}
                </span>
                <span className="hidden text-[11px] text-muted @[44rem]:inline">
                  <span className="sr-only">as of </span>
                  <time dateTime={instrument.asOf}>{asOf}</time>
                </span>
              </p>
              {unavailable && <p className="text-[11px] break-words text-warn">{unavailable}</p>}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/**
 * Each instrument's last value, change and as-of time: exactly as the feed gives them, or in replay
 * as of the moment (with the reason where a figure was not known yet). The columns follow the
 * width of the region it sits in (a container query), never the screen's: six in a row where they
 * fit whole, the value and the change each on a line of its own so neither is ever cut.
 */
export const SnapshotStrip = memo(function SnapshotStrip({
  items,
  zone,
  variant = 'cards',
}: {
  items: readonly SnapshotItem[]
  zone: string
  variant?: 'cards' | 'band'
}) {
  const inBand = useSnapshotInBand()
  if (variant === 'band') return <Band items={items} zone={zone} />
  // The page shows it in the band across the top: not twice.
  if (inBand) return null
  return (
    <div className="@container">
      <ul
        aria-label="Market snapshot"
        className="grid grid-cols-2 gap-2 @sm:grid-cols-3 @[52rem]:grid-cols-6"
      >
        {items.map(({ instrument, unavailable }) => (
          <li
            key={instrument.id}
            className="min-h-[6.25rem] min-w-0 rounded border border-line bg-raised px-2 py-1.5"
          >
            <p className="truncate text-xs font-semibold" title={instrument.name}>
              {instrument.shortName}
            </p>
            <p
              className={`truncate font-mono text-sm ${instrument.last === null ? 'text-muted italic' : ''}`}
            >
              {formatValue(instrument)}
            </p>
            <p className="truncate">
              <DayChange instrument={instrument} unavailable={unavailable !== null} />
            </p>
            {unavailable ? (
              <p className="text-[11px] break-words text-warn">{unavailable}</p>
            ) : (
              <p className="text-[11px] break-words text-muted">
                {instrument.unit}
                {instrument.currency ? `, ${instrument.currency}` : ''}
              </p>
            )}
            <p className="text-[11px] break-words text-muted">
              as of{' '}
              <time dateTime={instrument.asOf}>
                {formatDateTime(instrument.asOf, zone, instrument.asOfPrecision)}
              </time>
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
})
