import { Panel } from '../components/panel'
import { Skeleton } from '../components/skeleton'
import { gridClass, headerClass, headerStatusRowClass, headerTopRowClass, pageClass } from './layout'

/** Painted before anything loads: the page's frame, so nothing jumps when the data arrives. */
export function StartupShell() {
  return (
    <div className={pageClass}>
      <div className={headerClass}>
        <div className={headerTopRowClass}>
          <p className="text-base font-semibold">Trade Talks Monitor</p>
        </div>
        <div className={headerStatusRowClass}>
          <p className="text-sm text-muted">Loading…</p>
        </div>
      </div>
      <div className={gridClass}>
        <Panel id="timeline-loading" title="Timeline">
          <Skeleton label="Loading the timeline" rows={8} />
        </Panel>
        <Panel id="quotes-loading" title="Quote wall">
          <Skeleton label="Loading the quotes" rows={8} />
        </Panel>
        <Panel id="markets-loading" title="Market reaction">
          <Skeleton label="Loading the markets" rows={6} />
        </Panel>
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
