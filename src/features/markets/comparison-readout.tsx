import { LineSwatch } from './line-swatch'
import { Fragment } from 'react'
import { useThisYear } from '../../hooks/clock-context'
import { formatDateTime } from '../../lib/format-time'
import { formatMove } from '../../lib/move-unit'
import { movesAt, type Line } from './comparison-lines'
import { useHoverTime } from './hover-time'
import type { Span } from './series-view'

/**
 * Under the comparison's plot (so a longer line never moves the chart under the pointer): every
 * line's move at the moment hovered in any market panel, in place of a tooltip over the lines, each
 * after a piece of its line (as in the legend).
 */
export function ComparisonReadout({
  lines,
  domain,
  zone,
}: {
  lines: readonly Line[]
  domain: Span
  zone: string
}) {
  const t = useHoverTime()
  const thisYear = useThisYear(zone)
  const inDomain = t !== null && t >= domain[0] && t <= domain[1]
  return (
    <p data-testid="comparison-readout" className="mt-1 min-h-4 text-xs text-muted">
      {inDomain ? (
        <>
          <span className="text-ink">{formatDateTime(t, zone, undefined, thisYear)}:</span>{' '}
          {movesAt(lines, t).map(({ line, point, closed }, i) => (
            <Fragment key={line.instrument.id}>
              {i > 0 && ', '}
              <span className="whitespace-nowrap font-mono">
                <LineSwatch color={line.color} dash={line.dash} /> {line.instrument.shortName}{' '}
                {point ? formatMove(point.v, '%') : 'not traded yet'}
                {closed ? ' (closed)' : ''}
              </span>
            </Fragment>
          ))}
        </>
      ) : (
        <span className="print:hidden" data-hint>
          Hover the chart, or focus it and use the arrow keys, to read every line at one moment.
        </span>
      )}
    </p>
  )
}
