import type { MoreEntry } from './timeline-model'
import { formatCount } from '../../lib/format-count'

/** "Show 80 more of 804 earlier entries": a long round shows its latest entries first. */
export function MoreEntries({
  entry,
  step,
  tabIndex,
  onShowMore,
}: {
  entry: MoreEntry
  step: number
  tabIndex: number
  onShowMore: () => void
}) {
  const next = Math.min(step, entry.hidden)
  return (
    <div data-roving-id={entry.key} className="ml-3 py-0.5 text-xs">
      <button
        type="button"
        className="btn"
        data-roving-head=""
        data-roving-control=""
        tabIndex={tabIndex}
        onClick={onShowMore}
      >
        Show {next === entry.hidden ? 'the' : `${formatCount(next)} more of`}{' '}
        {formatCount(entry.hidden)} earlier entr{entry.hidden === 1 ? 'y' : 'ies'} in this round
      </button>
    </div>
  )
}
