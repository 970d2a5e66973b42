import type { Instrument } from '../../feed/schemas/types'
import { formatDateTime } from '../../lib/format-time'
import { formatValue } from '../../lib/format-number'
import { arrow, signedPercent } from './format-market'

const directionClass = (value: number) => (value > 0 ? 'text-good' : value < 0 ? 'text-danger' : 'text-muted')

/** Each instrument's last value, change and as-of time, exactly as the feed gives them. */
export function SnapshotStrip({ instruments, zone }: { instruments: readonly Instrument[]; zone: string }) {
  return (
    <ul aria-label="Market snapshot" className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {instruments.map((instrument) => (
        <li key={instrument.id} className="h-[92px] overflow-hidden rounded border border-line bg-raised px-2 py-1.5">
          <p className="truncate text-xs font-semibold" title={instrument.name}>
            {instrument.shortName}
          </p>
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className={`font-mono text-sm ${instrument.last === null ? 'text-muted italic' : ''}`}>{formatValue(instrument)}</span>
            {instrument.changePercent === null ? (
              <span className="text-xs text-muted">change not reported</span>
            ) : (
              <span className={`font-mono text-sm ${directionClass(instrument.changePercent)}`}>
                {signedPercent(instrument.changePercent)} <span aria-hidden="true">{arrow(instrument.changePercent)}</span>
                <span className="sr-only">{instrument.changePercent > 0 ? ' (up)' : instrument.changePercent < 0 ? ' (down)' : ' (unchanged)'}</span>
              </span>
            )}
          </p>
          <p className="truncate text-[11px] text-muted">
            {instrument.unit}
            {instrument.currency ? `, ${instrument.currency}` : ''}
          </p>
          <p className="truncate text-[11px] text-muted">
            as of <time dateTime={instrument.asOf}>{formatDateTime(instrument.asOf, zone, instrument.asOfPrecision)}</time>
          </p>
        </li>
      ))}
    </ul>
  )
}
