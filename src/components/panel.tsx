import { useRef, type ReactNode } from 'react'
import { useRegionControl } from '../hooks/region-control-context'
import { useStickyScrollPadding } from '../hooks/use-sticky-scroll-padding'

type PanelProps = {
  id: string
  title: string
  /** Controls or status shown at the right of the title. */
  actions?: ReactNode
  /** A mark about the panel's data (PanelRefreshMark), in the free room between title and actions. */
  status?: ReactNode
  children: ReactNode
  className?: string
}

/** A titled region of the page; the title names the landmark for screen readers. */
export function Panel({ id, title, actions, status, children, className = '' }: PanelProps) {
  const headingId = `${id}-heading`
  const region = useRegionControl()
  const header = useRef<HTMLElement>(null)
  useStickyScrollPadding(header)
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`flex min-w-0 flex-col rounded-lg border border-line bg-surface ${className}`}
    >
      {/* On a phone, while it marks a failed refresh, it sticks under the phone's bar, in view. */}
      <header
        ref={header}
        className="@container sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-t-lg border-b border-line bg-surface px-3 py-1 [@media_screen_and_(min-height:32rem)]:has-[[data-refresh-mark]]:top-[var(--phone-bar-height,0px)]"
      >
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
        {status}
        {actions}
      </header>
      <div className="min-w-0 flex-1 p-2.5">{children}</div>
    </section>
  )
}
