/**
 * "3 new developments since you last looked", with Mark all seen; nothing when none are new. Laid
 * over the top of the list (inside a `relative` box), so its coming and going never moves the
 * entries the trader is reading.
 */
export function NewDevelopmentsNote({
  count,
  onMarkAllSeen,
}: {
  count: number
  onMarkAllSeen: () => void
}) {
  if (count === 0) return null
  return (
    <p className="absolute inset-x-0 top-1 z-20 mx-auto flex w-fit max-w-[calc(100%-0.5rem)] items-center gap-2 rounded-lg border border-accent bg-surface py-0.5 pr-0.5 pl-2 text-xs shadow-md">
      <span>
        {count} new development{count === 1 ? '' : 's'} since you last looked
      </span>
      <button type="button" className="btn shrink-0 whitespace-nowrap" onClick={onMarkAllSeen}>
        Mark all seen
      </button>
    </p>
  )
}
