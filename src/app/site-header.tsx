import { useQuery } from '@tanstack/react-query'
import { indexQueries, sessionsQueries } from '../feed/queries'
import { useRuntime } from '../hooks/runtime-context'
import { useClock } from '../hooks/clock-context'
import { Badge } from '../components/badge'
import { describeTalksNow } from '../features/timeline/talks-now'
import { formatDuration } from '../lib/format-time'
import { TimeZonePicker } from './time-zone-picker'
import { headerClass } from './layout'

export function SiteHeader() {
  const { feedBaseUrl, demo } = useRuntime()
  const { now, wall } = useClock(1000)
  const index = useQuery(indexQueries.detail(feedBaseUrl))
  const sessions = useQuery(sessionsQueries.list(feedBaseUrl))
  const round = index.data?.rounds[0]
  const talksNow =
    sessions.data && round
      ? describeTalksNow(sessions.data.sessions, now, round.timeZone, round.location)
      : null
  const updatedAt = Math.max(index.dataUpdatedAt, sessions.dataUpdatedAt)

  return (
    <header className={headerClass}>
      <h1 className="text-base font-semibold">{index.data?.title ?? 'Trade Talks Monitor'}</h1>
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
      <div className="ml-auto flex flex-wrap items-center gap-2 text-xs text-muted">
        {demo && (
          <Badge tone="warn" title="Built-in demonstration data from a news report of 10 June 2025; no live feed">
            Demo data
          </Badge>
        )}
        {updatedAt > 0 && <span>updated {formatDuration(wall - updatedAt)} ago</span>}
        <TimeZonePicker />
      </div>
    </header>
  )
}
