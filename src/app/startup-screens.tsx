import { Panel } from '../components/panel'
import { Skeleton } from '../components/skeleton'
import { useMediaQuery } from '../hooks/use-media-query'
import {
  deskQuery,
  gridColumns,
  initialLayout,
  readStoredLayout,
  type DeskLayout,
} from '../hooks/desk-layout'
import {
  bandClass,
  deskGridClass,
  deskPageClass,
  headerClass,
  headerControlsRowClass,
  headerStatusRowClass,
  headerTopRowClass,
  pageClass,
  phonePanelClass,
  regionClass,
} from './layout'

function ShellHeader() {
  return (
    <div className={headerClass}>
      <div className={headerTopRowClass}>
        <p className="text-base font-semibold">Trade Talks Monitor</p>
      </div>
      <div className={headerControlsRowClass} data-controls-row />
      <div className={headerStatusRowClass}>
        <p className="text-sm text-muted">Loading…</p>
      </div>
    </div>
  )
}

const panels = [
  <Panel key="timeline" id="timeline-loading" title="Timeline">
    <Skeleton label="Loading the timeline" rows={8} />
  </Panel>,
  <Panel key="quotes" id="quotes-loading" title="Quote wall">
    <Skeleton label="Loading the quotes" rows={8} />
  </Panel>,
  <Panel key="markets" id="markets-loading" title="Market reaction">
    <Skeleton label="Loading the markets" rows={6} />
  </Panel>,
]

/**
 * Painted before anything loads: the page's frame, so nothing jumps when the data arrives. On a
 * desk it has the viewer's column shares (the URL's or the remembered ones) already.
 */
export function StartupShell() {
  const desk = useMediaQuery(deskQuery)
  const layout = desk
    ? initialLayout(
        new URLSearchParams(window.location.search),
        readStoredLayout(),
        window.location.hash,
      )
    : null
  return <ShellFrame layout={layout} />
}

/**
 * The shell for a desk layout, or a phone's (null). Pure: index.html carries it for the default
 * layout, rendered at build time (scripts/lib/startup-shell-html.tsx).
 */
export function ShellFrame({ layout }: { layout: DeskLayout | null }) {
  if (!layout) {
    return (
      <div className={pageClass}>
        <ShellHeader />
        <div className="mb-2 h-[6.5rem]" />
        <div className={phonePanelClass}>{panels[0]}</div>
      </div>
    )
  }
  return (
    <div className={deskPageClass}>
      <ShellHeader />
      <div className={bandClass} />
      <div
        data-desk-grid=""
        className={deskGridClass}
        style={{ gridTemplateColumns: gridColumns(layout) }}
      >
        {panels.map((panel, i) => [
          layout.collapsed[i] ? (
            <div key={`rail-${i}`} className="rounded-lg border border-line bg-surface" />
          ) : (
            <div key={`region-${i}`} className={regionClass}>
              {panel}
            </div>
          ),
          i < 2 && <div key={`gap-${i}`} aria-hidden="true" />,
        ])}
      </div>
    </div>
  )
}

export function ConfigErrorScreen({ message }: { message: string }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-lg font-semibold">Trade Talks Monitor cannot start</h1>
      <p role="alert" className="mt-2">
        {message}
      </p>
      <p className="mt-2 text-muted">
        Check <code>config.json</code> next to this page (see docs/config.md), then reload.
      </p>
    </main>
  )
}
