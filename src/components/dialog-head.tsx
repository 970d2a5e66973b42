import type { ReactNode } from 'react'

/** A dialog's heading (naming it, by `titleId`) with its Close button beside it. */
export function DialogHead({
  titleId,
  onClose,
  children,
}: {
  titleId: string
  onClose: () => void
  children: ReactNode
}) {
  return (
    <div className="flex items-baseline justify-between gap-2">
      <h2 id={titleId} className="text-base font-semibold">
        {children}
      </h2>
      <button type="button" className="btn" onClick={onClose}>
        Close
      </button>
    </div>
  )
}
