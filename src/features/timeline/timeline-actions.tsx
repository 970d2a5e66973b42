import type { TimelineOrder } from '../../hooks/url-params'
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
 * The timeline's header: the selection with Clear, or the keys' hint and the CSV; the order toggle
 * either way.
 */
export function TimelineActions({ summary, onClear, showControls, order, onOrder, csv }: Props) {
  if (summary === null && !showControls) return null
  return (
    <div className="flex min-w-0 items-center gap-2 text-xs">
      {summary !== null ? (
        <p className="flex min-w-0 items-center gap-2">
          {/* Cut with "…" in a narrow region: the whole name in the tooltip. */}
          <span className="truncate" title={`Selected: ${summary}`}>
            Selected: <strong>{summary}</strong>
          </span>
          <button
            type="button"
            className="btn"
            onClick={(event) => {
              const button = event.currentTarget
              const panel = button.closest('section, [role="region"]')
              onClear()
              // The button goes with the selection: the focus goes to the list's Tab stop, or,
              // before the list is drawn, to the panel's first other control (not to the page).
              const stop =
                panel?.querySelector<HTMLElement>('[data-roving-head][tabindex="0"]') ??
                [...(panel?.querySelectorAll<HTMLElement>('button') ?? [])].find(
                  (other) => other !== button,
                )
              stop?.focus()
            }}
            title="Clear the selection (Escape)"
          >
            Clear
          </button>
        </p>
      ) : (
        <span
          className="hidden text-muted sm:@[28rem]:inline print:hidden"
          title="Press ? for every key"
        >
          Arrow keys move, Enter selects, Escape clears
        </span>
      )}
      {showControls && <TimelineOrderToggle order={order} onChange={onOrder} />}
      {/* A selection's name and Clear take its room. */}
      {showControls && csv && summary === null && <TimelineCsvButton csv={csv} />}
    </div>
  )
}
