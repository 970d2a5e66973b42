import type { TimelineOrder } from '../../hooks/url-params'
import { oneLine } from '../../lib/one-line'
import { clearKeepingFocus } from './clear-keeping-focus'
import { TimelineCsvButton } from './timeline-csv-button'
import { TimelineOrderToggle } from './timeline-order-toggle'
import type { TimelineExport } from './use-timeline-export'

type Props = {
  /** The selection in words, or null when nothing is selected. */
  summary: string | null
  onClear: () => void
  showControls: boolean
  order: TimelineOrder
  onOrder: (order: TimelineOrder) => void
  /** The sessions and developments as CSV; null until they are in. */
  csv: TimelineExport | null
}

/**
 * The timeline's header: the keys' hint (nothing selected), the order toggle and the CSV beside the
 * title; a selection, with Clear, on a row of its own below them, so its name has the header's
 * whole width and takes no control's place.
 */
export function TimelineActions({ summary, onClear, showControls, order, onOrder, csv }: Props) {
  return (
    <>
      {showControls && (
        <div className="flex min-w-0 items-center gap-2 text-xs">
          {summary === null && (
            <span
              className="hidden text-muted sm:@[28rem]:inline print:hidden"
              title="Press ? for every key"
            >
              Arrow keys move, Enter selects, Escape clears
            </span>
          )}
          <TimelineOrderToggle order={order} onChange={onOrder} />
          {csv && <TimelineCsvButton csv={csv} />}
        </div>
      )}
      {summary !== null && (
        <p className="flex min-w-0 basis-full items-center gap-2 text-xs">
          {/* Cut with "…" in a narrow region: the whole name in the tooltip, on one line. */}
          <span className="truncate" title={`Selected: ${oneLine(summary)}`}>
            Selected: <strong>{summary}</strong>
          </span>
          <button
            type="button"
            className="btn"
            onClick={(event) => clearKeepingFocus(event.currentTarget, onClear)}
            title="Clear the selection (Escape)"
          >
            Clear
          </button>
        </p>
      )}
    </>
  )
}
