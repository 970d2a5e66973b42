import { useId, useState, type ReactNode } from 'react'

/**
 * On a phone the header's occasional controls (second zone, density, alerts, about, keys, share) wait
 * behind a "More" button: shown, they took four rows above the briefing and pushed the timeline
 * half a screen down.
 */
export function MoreButton({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <>
      <button
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        More <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div
        id={id}
        hidden={!open}
        className={open ? 'flex basis-full flex-wrap items-center gap-2' : undefined}
      >
        {children}
      </div>
    </>
  )
}
