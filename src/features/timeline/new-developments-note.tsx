import type { ReactNode } from 'react'

/**
 * The list (`children`) with "3 new developments since you last looked" and Mark all seen laid
 * over its top edge while any are new, so the note's coming and going never moves the entries the
 * trader is reading.
 */
export function NewDevelopmentsNote({
  count,
  onMarkAllSeen,
  children,
}: {
  count: number
  onMarkAllSeen: () => void
  children: ReactNode
}) {
  return (
    <div className="relative">
      {count > 0 && (
        <p className="absolute inset-x-0 top-1 z-20 mx-auto flex w-fit max-w-[calc(100%-0.5rem)] items-center gap-2 rounded-lg border border-accent bg-surface py-0.5 pr-0.5 pl-2 text-xs shadow-md">
          <span>
            {count} new development{count === 1 ? '' : 's'} since you last looked
          </span>
          <button type="button" className="btn shrink-0 whitespace-nowrap" onClick={onMarkAllSeen}>
            Mark all seen
          </button>
        </p>
      )}
      {children}
    </div>
  )
}
