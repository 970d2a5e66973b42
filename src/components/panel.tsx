import type { ReactNode } from 'react'
import { useRegionControl } from '../hooks/region-control-context'

type PanelProps = {
  id: string
  title: string
  /** Controls or status shown at the right of the title. */
  actions?: ReactNode
  children: ReactNode
  className?: string
}

/** A titled region of the page; the title names the landmark for screen readers. */
export function Panel({ id, title, actions, children, className = '' }: PanelProps) {
  const headingId = `${id}-heading`
  const region = useRegionControl()
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`flex min-w-0 flex-col rounded-lg border border-line bg-surface ${className}`}
    >
      <header className="@container sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-t-lg border-b border-line bg-surface px-3 py-1">
        <div className="flex items-center gap-2">
          {region && (
            <button
              type="button"
              className="btn px-1.5"
              data-collapse-region=""
              aria-label={`Collapse the ${region.title.toLowerCase()}`}
              title="Collapse this region"
              onClick={region.onCollapse}
            >
              <span aria-hidden="true">⇤</span>
            </button>
          )}
          {/* Focusable from script: the t, q and m keys move the focus here. */}
          <h2
            id={headingId}
            tabIndex={-1}
            className="text-sm font-semibold tracking-wide uppercase text-muted"
          >
            {title}
          </h2>
        </div>
        {actions}
      </header>
      <div className="min-w-0 flex-1 p-2.5">{children}</div>
    </section>
  )
}
