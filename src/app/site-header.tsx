import { useQuery } from '@tanstack/react-query'
import { indexQueries, sessionsQueries } from '../feed/queries'
import { useFeed } from '../hooks/use-feed'
import { useNewItemsCount } from '../hooks/use-seen-items'
import { useDocumentTitleCount } from '../hooks/use-document-title-count'
import { RefreshStatus } from './refresh-status'
import { ReplayBar } from './replay-bar'
import { LatestLine } from './latest-line'
import { useRuntime } from '../hooks/runtime-context'
import { useClock } from '../hooks/clock-context'
import { useChrome } from '../hooks/chrome-context'
import { Badge } from '../components/badge'
import { DroppedRecordsNote } from '../components/dropped-records-note'
import { describeTalksNow } from '../features/timeline/talks-now'
import { TimeZonePicker } from './time-zone-picker'
import { ShareDialog } from './share-dialog'
import { headerClass, headerStatusRowClass, headerTopRowClass } from './layout'

function DemoBadge() {
  return (
    <Badge tone="warn" title="Built-in demonstration data from a news report of 10 June 2025; no live feed">
      Demo data
    </Badge>
  )
}

/** The page header; with ?header=0 only a slim bar with the demo badge and the picker if asked. */
export function SiteHeader() {
  const chrome = useChrome()
  useDocumentTitleCount(useNewItemsCount())
  const { demo } = useRuntime()
  if (chrome.header) return <FullHeader />
  if (!demo && !chrome.timeZonePicker) return null
  return (
    <div className="mb-2 flex flex-wrap items-center justify-end gap-2 text-xs text-muted">
      {demo && <DemoBadge />}
      {chrome.timeZonePicker && <TimeZonePicker />}
    </div>
  )
}

function FullHeader() {
  const { demo } = useRuntime()
  const feed = useFeed()
  const chrome = useChrome()
  const { now, wall } = useClock(1000)
  const index = useQuery(indexQueries.detail(feed))
  const sessions = useQuery(sessionsQueries.list(feed))
  const round = index.data?.rounds[0]
  const talksNow =
    sessions.data && round
      ? describeTalksNow(sessions.data.sessions, now, round.timeZone, round.location)
      : null
  const embedded = typeof window !== 'undefined' && window.parent !== window

  return (
    <header className={headerClass}>
      <div className={headerTopRowClass}>
        <h1 className="text-base font-semibold">{index.data?.title ?? 'Trade Talks Monitor'}</h1>
        <div className="ml-auto flex flex-wrap items-center gap-2 text-xs text-muted">
          {demo && <DemoBadge />}
          {feed.asOf !== null && (
            <Badge tone="accent" title="Replay: the dashboard shows only what was known at that moment">
              Replay
            </Badge>
          )}
          <RefreshStatus wall={wall} showButton={!chrome.kiosk} />
          {chrome.timeZonePicker && <TimeZonePicker />}
          {!chrome.kiosk && !embedded && <ShareDialog />}
          {!chrome.kiosk && !embedded && <ReplayBar />}
        </div>
      </div>
      <div className={headerStatusRowClass}>
        <p className="text-sm" aria-live="polite">
          {talksNow ? (
            <>
              <span aria-hidden="true">{talksNow.kind === 'in-session' ? '● ' : talksNow.kind === 'upcoming' ? '◷ ' : '✓ '}</span>
              {talksNow.text}
            </>
          ) : index.error ? (
            <span className="text-danger">Feed unavailable: {index.error.message}</span>
          ) : (
            <span className="text-muted">Loading…</span>
          )}
        </p>
        <LatestLine />
        {index.data && <DroppedRecordsNote problems={index.data.problems} noun="index.json record" />}
      </div>
    </header>
  )
}
