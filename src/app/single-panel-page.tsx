import { lazy, Suspense } from 'react'
import { PanelErrorBoundary } from '../components/panel-error-boundary'
import { Skeleton } from '../components/skeleton'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { QuoteWall } from '../features/quotes/quote-wall'
import type { View } from '../hooks/url-params'
import { SiteHeader } from './site-header'
import { deskPageClass, pageClass, regionClass } from './layout'
import { useChrome } from '../hooks/chrome-context'
import { RevealWhenSettled } from './reveal-when-settled'
import { StartupShell } from './startup-screens'
import { DemoBadge, useDemo } from './demo-badge'
import { useOneChartFrame } from '../hooks/use-one-chart-frame'
import { useNoInstruments } from './use-no-instruments'
import { NoInstrumentsLine } from './no-instruments-line'

/**
 * One instrument's chart alone (?view=markets&instrument=), mostly in a small iframe: its card is
 * the frame, so the page keeps only a hairline margin round it (a 480x360 frame holds it whole).
 */
const oneChartPageClass = 'p-1'

// The same chunk as the dashboard's: Recharts loads only when a market panel is shown.
const MarketsPanel = lazy(() =>
  import('../features/markets/markets-panel').then((module) => ({ default: module.MarketsPanel })),
)

/**
 * One panel alone (?view=timeline|quotes|markets|snapshot, ?instrument= for one chart), for
 * embedding and wall screens. The markets panel reads the view and instrument from useChrome().
 * On a wall screen (kiosk, or its rotation) the page is the screen's height, as the desk is: the
 * panel fills what the header leaves and never grows the page past the screen nobody can scroll.
 */
export function SinglePanelPage({ view }: { view: Exclude<View, 'dashboard'> }) {
  const { kiosk, instrument, header, timeZonePicker } = useChrome()
  const oneChart = view === 'markets' && instrument !== null
  // A frame lower than the whole card has no row to spare for the demo badge: the card's title
  // line holds it (where the slim bar would hold nothing else).
  const { demo, builtIn } = useDemo()
  const smallFrame = useOneChartFrame() !== 'whole'
  const badgeInCard = smallFrame && demo && !header && !timeZonePicker
  // A wall screen showing the markets of a feed that lists none: said across the room, not one
  // small line atop a blank panel.
  const noInstruments = useNoInstruments({ enabled: kiosk && view === 'markets' })
  const page = (
    <div className={kiosk ? deskPageClass : oneChart ? oneChartPageClass : pageClass}>
      <SiteHeader demoBadgeElsewhere={badgeInCard} />
      <main className={kiosk ? `${regionClass} flex-1` : undefined} inert={kiosk}>
        {view === 'timeline' && (
          <PanelErrorBoundary name="timeline">
            <TimelinePanel />
          </PanelErrorBoundary>
        )}
        {view === 'quotes' && (
          <PanelErrorBoundary name="quote wall">
            <QuoteWall />
          </PanelErrorBoundary>
        )}
        {view === 'markets' && noInstruments !== null && (
          <NoInstrumentsLine text={noInstruments} wall />
        )}
        {(view === 'markets' || view === 'snapshot') && noInstruments === null && (
          <PanelErrorBoundary name="markets">
            <Suspense fallback={<Skeleton label="Loading the markets" rows={6} />}>
              <MarketsPanel pageMark={badgeInCard ? <DemoBadge builtIn={builtIn} short /> : null} />
            </Suspense>
          </PanelErrorBoundary>
        )}
      </main>
    </div>
  )
  // A strip alone has nothing under it to push down.
  if (view === 'snapshot') return page
  return <RevealWhenSettled frame={<StartupShell />}>{page}</RevealWhenSettled>
}
