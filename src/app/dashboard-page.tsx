import { lazy, Suspense, type ReactNode } from 'react'
import { PanelErrorBoundary } from '../components/panel-error-boundary'
import { Skeleton } from '../components/skeleton'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { QuoteWall } from '../features/quotes/quote-wall'
import { useChrome } from '../hooks/chrome-context'
import { useMediaQuery } from '../hooks/use-media-query'
import { SiteHeader } from './site-header'
import { Briefing } from './briefing'
import { bandClass, deskPageClass, pageClass } from './layout'
import { SnapshotInBandContext } from '../hooks/snapshot-placement'
import { deskQuery, type Region } from '../hooks/desk-layout'
import { DeskSplit } from './desk-split'
import { PhoneTabs } from './phone-tabs'
import { RevealWhenSettled } from './reveal-when-settled'
import { ShellFrame } from './startup-screens'
import { useDeskLayout } from './use-desk-layout'
import { linkedRegion } from '../hooks/desk-layout'
import { useNoInstruments } from './use-no-instruments'
import { NoInstrumentsLine } from './no-instruments-line'

// Recharts is the heaviest dependency: its own chunk, so it never delays the timeline and quotes.
const MarketsPanel = lazy(() =>
  import('../features/markets/markets-panel').then((module) => ({ default: module.MarketsPanel })),
)
const MarketSnapshotBar = lazy(() =>
  import('../features/markets/market-snapshot-bar').then((module) => ({
    default: module.MarketSnapshotBar,
  })),
)

const content: Record<Region, ReactNode> = {
  timeline: (
    <PanelErrorBoundary name="timeline">
      <TimelinePanel />
    </PanelErrorBoundary>
  ),
  quotes: (
    <PanelErrorBoundary name="quote wall">
      <QuoteWall />
    </PanelErrorBoundary>
  ),
  markets: (
    <PanelErrorBoundary name="markets">
      <Suspense fallback={<Skeleton label="Loading the markets" rows={6} />}>
        <MarketsPanel />
      </Suspense>
    </PanelErrorBoundary>
  ),
}

/** On a desk the timeline's rows come a frame after the wall's, splitting the first layout in two. */
const deskContent: Record<Region, ReactNode> = {
  ...content,
  timeline: (
    <PanelErrorBoundary name="timeline">
      <TimelinePanel afterFirstFrame />
    </PanelErrorBoundary>
  ),
}

/** The market snapshot across the top, in view whatever the viewer scrolls or folds. */
const snapshotBand = (
  <PanelErrorBoundary name="market snapshot">
    <Suspense
      fallback={
        <p className="text-xs text-muted" data-loading>
          Loading the market snapshot…
        </p>
      }
    >
      <MarketSnapshotBar />
    </Suspense>
  </PanelErrorBoundary>
)

/**
 * The whole dashboard. From the lg breakpoint a desk: the three regions side by side on one screen,
 * resizable and foldable (?layout=, remembered in the browser). Below it, tabs with the market
 * snapshot always in view. A feed that lists no instruments (once its list has loaded: not while
 * it loads or after it failed) has neither band nor markets region: one line says so, and the
 * timeline and quote wall share the room.
 */
export function DashboardPage() {
  const desk = useMediaQuery(deskQuery)
  const { kiosk } = useChrome()
  const [layout, setLayout] = useDeskLayout()
  const noInstruments = useNoInstruments()
  const line = noInstruments === null ? null : <NoInstrumentsLine text={noInstruments} />
  if (!desk) {
    return (
      <RevealWhenSettled frame={<ShellFrame layout={null} />}>
        <div className={pageClass}>
          <SiteHeader />
          {!kiosk && <Briefing />}
          <SnapshotInBandContext value={true}>
            <PhoneTabs
              // The tab keeps its place, holding the line (not a panel a screen tall).
              content={line ? { ...content, markets: <div>{line}</div> } : content}
              initial={
                linkedRegion(new URLSearchParams(window.location.search), window.location.hash) ??
                'timeline'
              }
              top={line ? null : snapshotBand}
            />
          </SnapshotInBandContext>
        </div>
      </RevealWhenSettled>
    )
  }
  const page = (
    <div className={deskPageClass}>
      <SiteHeader />
      {/* A wall screen has no viewer whose last look the strip could count from: kiosk shows the
          header's talks state and the snapshot band instead. */}
      {!kiosk && <Briefing />}
      {!line && <div className={bandClass}>{snapshotBand}</div>}
      <SnapshotInBandContext value={true}>
        <DeskSplit
          layout={layout}
          onChange={setLayout}
          fixed={kiosk}
          content={kiosk ? content : deskContent}
          marketsLine={line}
        />
      </SnapshotInBandContext>
    </div>
  )
  // A wall screen shows every instrument in the band, rows of them when a feed has many: the
  // page waits for them rather than being pushed down when they come.
  return kiosk ? (
    <RevealWhenSettled frame={<ShellFrame layout={layout} />}>{page}</RevealWhenSettled>
  ) : (
    page
  )
}
