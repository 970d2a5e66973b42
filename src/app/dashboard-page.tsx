import { lazy, Suspense } from 'react'
import { PanelErrorBoundary } from '../components/panel-error-boundary'
import { Skeleton } from '../components/skeleton'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { QuoteWall } from '../features/quotes/quote-wall'
import { SiteHeader } from './site-header'

// Recharts is the heaviest dependency: its own chunk, so it never delays the timeline and quotes.
const MarketsPanel = lazy(() =>
  import('../features/markets/markets-panel').then((module) => ({ default: module.MarketsPanel })),
)

export function DashboardPage() {
  return (
    <div className="mx-auto max-w-[1800px] p-2 sm:p-3">
      <SiteHeader />
      <main className="grid grid-cols-1 gap-3 lg:grid-cols-2 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.2fr)]">
        <PanelErrorBoundary name="timeline">
          <TimelinePanel />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="quote wall">
          <QuoteWall />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="markets">
          <Suspense fallback={<Skeleton label="Loading the markets" rows={6} />}>
            <MarketsPanel />
          </Suspense>
        </PanelErrorBoundary>
      </main>
    </div>
  )
}
