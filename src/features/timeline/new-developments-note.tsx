/** "3 new developments since you last looked", with Mark all seen; nothing when none are new. */
export function NewDevelopmentsNote({
  count,
  onMarkAllSeen,
}: {
  count: number
  onMarkAllSeen: () => void
}) {
  if (count === 0) return null
  return (
    <p className="mb-2 flex items-center gap-2 text-xs">
      <span>
        {count} new development{count === 1 ? '' : 's'} since you last looked
      </span>
      <button type="button" className="btn" onClick={onMarkAllSeen}>
        Mark all seen
      </button>
    </p>
  )
}
