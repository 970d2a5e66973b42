import { memo } from 'react'

type Props = {
  session: boolean
  closed: boolean
  events: boolean
  /** What the dashed line is ("Previous close"), when the chart draws one. */
  previousClose: string | null
  /** "Hong Kong": whose market the closed hours are. */
  place: string
  /**
   * Every entry, on as many lines as they take (a card alone, with no neighbour to keep level
   * with); else one line, keeping what fits.
   */
  whole?: boolean
}

/** A swatch and a word for each kind of mark the chart above draws, only those it draws. */
export const ChartLegend = memo(function ChartLegend({
  session,
  closed,
  events,
  previousClose,
  place,
  whole = false,
}: Props) {
  if (!session && !closed && !events && !previousClose)
    return <p className="h-4" aria-hidden="true" />
  return (
    <ul
      aria-label="Chart key"
      className={`flex flex-wrap gap-x-3 text-[11px] leading-4 text-muted ${whole ? '' : 'h-4 overflow-hidden'}`}
    >
      {session && (
        <li className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-2.5 w-3 border border-line"
            style={{ background: 'var(--session-band)' }}
          />
          Talks in session
        </li>
      )}
      {closed && (
        <li className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-2.5 w-3 border border-line"
            style={{ background: 'var(--closed-band)' }}
          />
          {place} closed
        </li>
      )}
      {events && (
        <li className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-2.5 w-0 border-l border-dashed"
            style={{ borderColor: 'var(--event-line)' }}
          />
          Event (markers below)
        </li>
      )}
      {previousClose && (
        <li className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block w-3 border-t border-dashed border-muted"
          />
          {previousClose}
        </li>
      )}
    </ul>
  )
})
