import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { indexQueries } from '../feed/queries'
import type { FeedIndex } from '../feed/schemas/types'
import type { FeedProblem } from '../feed/parse'
import { useFeed } from '../hooks/use-feed'
import { useNewItemsCount } from '../hooks/use-seen-items'
import { useDocumentTitleCount } from '../hooks/use-document-title-count'
import { RefreshStatus } from '../features/header/refresh-status'
import { ReplayBar } from '../features/header/replay-bar'
import { LatestLine } from '../features/header/latest-line'
import { ClockSkewNote } from '../features/header/clock-skew-note'
import { useClock } from '../hooks/clock-context'
import { PrintedAt } from '../features/header/printed-at'
import { useChrome } from '../hooks/chrome-context'
import { Badge } from '../components/badge'
import { DemoBadge, useDemo } from './demo-badge'
import { DroppedRecordsNote } from '../components/dropped-records-note'
import {
  DisplayZonePicker,
  SecondZonePicker,
  TimeZonePicker,
} from '../features/header/time-zone-picker'
import { ShareDialog } from '../features/header/share-dialog'
import { AlertsDialog } from '../features/alerts/alerts-dialog'
import { AboutFeed } from '../features/header/about-feed'
import { TalksStatusLine } from './talks-status-line'
import { useRoomyHeader } from './roomy-header'
import { DensitySwitch } from './density-switch'
import { MoreButton } from './more-button'
import { KeyboardHelp } from '../features/header/keyboard-help'
import {
  headerClass,
  headerControlsRowClass,
  headerStatusRowClass,
  headerTopRowClass,
} from './layout'

/**
 * The page header; with ?header=0 only a slim bar with the demo badge and the picker if asked.
 * `demoBadgeElsewhere`: the page shows the demo badge itself (a chart alone in a small frame).
 */
export function SiteHeader({ demoBadgeElsewhere = false }: { demoBadgeElsewhere?: boolean }) {
  const chrome = useChrome()
  const { builtIn, ...shown } = useDemo()
  const demo = shown.demo && !demoBadgeElsewhere
  const replay = useFeed().asOf !== null
  if (chrome.header)
    return (
      <>
        <NewItemsTitle />
        <FullHeader />
      </>
    )
  return (
    <>
      <NewItemsTitle />
      <PrintedAt replay={replay} />
      {(demo || chrome.timeZonePicker) && (
        <div className="mb-2 flex flex-wrap items-center justify-end gap-2 text-xs text-muted">
          {demo && <DemoBadge builtIn={builtIn} />}
          {chrome.timeZonePicker && <TimeZonePicker />}
        </div>
      )}
    </>
  )
}

/** The new-items count in the tab's title, on its own: the panels' lists change it as they mount. */
function NewItemsTitle() {
  useDocumentTitleCount(useNewItemsCount())
  return null
}

function selectProblems(index: { problems: FeedProblem[] }) {
  return index.problems
}

/** index.json records dropped on reading (a repeated id, a bad field), named once, under the header. */
function IndexProblems() {
  const feed = useFeed()
  const problems = useQuery({ ...indexQueries.detail(feed), select: selectProblems }).data
  return problems ? <DroppedRecordsNote problems={problems} noun="index.json record" /> : null
}

/** "updated 12 s ago" with its own one-second clock, so the rest of the header does not tick. */
function TickingRefreshStatus({ showButton }: { showButton: boolean }) {
  const { wall } = useClock(1000)
  // In the row of controls (not on a wall screen's title row): its free room, never a new line.
  return <RefreshStatus wall={wall} showButton={showButton} fillRow={showButton} />
}

function FullHeader() {
  const { demo, builtIn } = useDemo()
  const feed = useFeed()
  const chrome = useChrome()
  const index = useQuery({ ...indexQueries.detail(feed), select: selectTitle })
  const embedded = typeof window !== 'undefined' && window.parent !== window
  const roomy = useRoomyHeader()
  // Where the talks stand is said once: on a phone by the briefing under the header (no room here).
  const briefingBelow = chrome.view === 'dashboard' && !chrome.kiosk
  const occasional = (
    <>
      <DensitySwitch />
      {!embedded && <AlertsDialog />}
      <AboutFeed />
      <KeyboardHelp />
      {!embedded && <ShareDialog />}
    </>
  )

  return (
    <header className={headerClass}>
      <div className={headerTopRowClass}>
        <h1 className="text-base font-semibold">{index.data ?? 'Trade Talks Monitor'}</h1>
        {demo && <DemoBadge builtIn={builtIn} />}
        {feed.asOf !== null && (
          <Badge
            tone="accent"
            title="Replay: the dashboard shows only what was known at that moment"
          >
            Replay
          </Badge>
        )}
        <PrintedAt replay={feed.asOf !== null} />
        {/* A wall screen has no controls: its status shares the title's row, not one of its own. */}
        {chrome.kiosk && (
          <div className="ml-auto flex items-center gap-2 text-right text-xs text-muted">
            <TickingRefreshStatus showButton={false} />
            {chrome.timeZonePicker && <TimeZonePicker />}
          </div>
        )}
      </div>
      {!chrome.kiosk && <ControlsRow roomy={roomy} occasional={occasional} embedded={embedded} />}
      <div className={headerStatusRowClass}>
        <TalksStatusLine onlyProblems={!roomy && briefingBelow} />
        <ClockSkewNote />
        <LatestLine />
        <IndexProblems />
      </div>
    </header>
  )
}

/** The refresh status and the viewer's controls (not on a wall screen). */
function ControlsRow({
  roomy,
  occasional,
  embedded,
}: {
  roomy: boolean
  occasional: ReactNode
  embedded: boolean
}) {
  const { timeZonePicker } = useChrome()
  return (
    <div className={headerControlsRowClass}>
      <TickingRefreshStatus showButton />
      {roomy ? (
        <>
          {timeZonePicker && <TimeZonePicker />}
          {occasional}
        </>
      ) : (
        // In the order they show: More beside the refresh, the zone and Replay on the next row.
        <>
          <MoreButton>
            {timeZonePicker && <SecondZonePicker />}
            {occasional}
          </MoreButton>
          {timeZonePicker && <DisplayZonePicker />}
        </>
      )}
      {!embedded && <ReplayBar />}
    </div>
  )
}

function selectTitle(index: FeedIndex): string {
  return index.title
}
