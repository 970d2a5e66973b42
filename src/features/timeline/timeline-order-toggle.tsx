import type { TimelineOrder } from '../../hooks/url-params'

/** Oldest first / newest first; the choice is kept in the URL by the caller. */
export function TimelineOrderToggle({
  order,
  onChange,
}: {
  order: TimelineOrder
  onChange: (order: TimelineOrder) => void
}) {
  const next: TimelineOrder = order === 'oldest' ? 'newest' : 'oldest'
  return (
    <button
      type="button"
      className="btn whitespace-nowrap"
      onClick={() => onChange(next)}
      aria-label={`Order: ${order} first. Show ${next} first`}
    >
      <span aria-hidden="true">{order === 'oldest' ? '↓' : '↑'} </span>
      {/* While the header marks a failed refresh, the arrow alone: the mark takes the room. */}
      <span className="in-[header:has([data-refresh-mark])]:hidden">
        {order === 'oldest' ? 'Oldest first' : 'Newest first'}
      </span>
    </button>
  )
}
