import { lazy, Suspense } from 'react'
import { PanelErrorBoundary } from '../components/panel-error-boundary'
import { Skeleton } from '../components/skeleton'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { QuoteWall } from '../features/quotes/quote-wall'
import { SiteHeader } from './site-header'
import { Briefing } from './briefing'
import { gridClass, pageClass } from './layout'

// Recharts is the heaviest dependency: its own chunk, so it never delays the timeline and quotes.
const MarketsPanel = lazy(() =>
  import('../features/markets/markets-panel').then((module) => ({ default: module.MarketsPanel })),
)

export function DashboardPage() {
  return (
    <div className={pageClass}>
      <SiteHeader />
      <Briefing />
      <main className={gridClass}>
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
