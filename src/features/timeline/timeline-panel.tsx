import { useQuery } from '@tanstack/react-query'
import { developmentsQueries, indexQueries, issuesQueries, sessionsQueries } from '../../feed/queries'
import { useRuntime } from '../../hooks/runtime-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { useNow } from '../../hooks/clock-context'
import { Panel } from '../../components/panel'
import { Skeleton } from '../../components/skeleton'
import { QueryError } from '../../components/query-error'
import { RefreshFailedMark } from '../../components/refresh-failed-mark'
import { DroppedRecordsNote } from '../../components/dropped-records-note'
import { formatDateTime } from '../../lib/format-time'
import { statusAt } from './talks-now'

const statusWords = { scheduled: '◷ Scheduled', 'in-session': '● In session', concluded: '✓ Concluded' } as const

export function TimelinePanel() {
  const { feedBaseUrl } = useRuntime()
  const [zone] = useDisplayZone()
  const now = useNow(30_000)
  const index = useQuery(indexQueries.detail(feedBaseUrl))
  const sessions = useQuery(sessionsQueries.list(feedBaseUrl))
  const developments = useQuery(developmentsQueries.list(feedBaseUrl))
  const issues = useQuery(issuesQueries.list(feedBaseUrl))

  const body = () => {
    if (sessions.data && developments.data) {
      const people = new Map(index.data?.people.map((p) => [p.id, p]))
      const entries = [
        ...sessions.data.sessions.map((s) => ({ at: s.start, kind: 'session' as const, session: s })),
        ...developments.data.developments.map((d) => ({ at: d.at, kind: 'development' as const, development: d })),
      ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      return (
        <>
          {sessions.error && <RefreshFailedMark error={sessions.error} lastSuccess={sessions.dataUpdatedAt} />}
          <DroppedRecordsNote problems={sessions.data.problems} noun="session" />
          <DroppedRecordsNote problems={developments.data.problems} noun="development" />
          <ol aria-label="Sessions and developments" className="space-y-2">
            {entries.map((entry) =>
              entry.kind === 'session' ? (
                <li key={entry.session.id} className="rounded border border-line p-2">
                  <p className="font-semibold">
                    {entry.session.title} · {statusWords[statusAt(entry.session, now)]}
                  </p>
                  <p className="text-xs text-muted">
                    {formatDateTime(entry.session.start, zone, entry.session.startPrecision)}
                    {entry.session.end ? ` – ${formatDateTime(entry.session.end, zone, entry.session.endPrecision)}` : ''}
                    {' · '}
                    {entry.session.venue ?? 'venue not reported'} · {entry.session.format}
                  </p>
                  <p className="text-xs">
                    {entry.session.delegations
                      .flatMap((d) => [...d.leadPersonIds, ...d.memberPersonIds])
                      .map((id) => people.get(id))
                      .map((p) => (p ? `${p.name} (${p.role})` : ''))
                      .filter(Boolean)
                      .join(', ')}
                  </p>
                  <p className="mt-1">{entry.session.summary}</p>
                  <p className="text-xs text-muted">{entry.session.outcomeSignals.join(' · ')}</p>
                </li>
              ) : (
                <li key={entry.development.id} className="border-l-2 border-line pl-2">
                  <p className="text-xs text-muted">
                    {formatDateTime(entry.development.at, zone, entry.development.atPrecision)} · {entry.development.kind}
                  </p>
                  <p>{entry.development.title}</p>
                </li>
              ),
            )}
          </ol>
          {issues.data && (
            <>
              <h3 className="mt-4 mb-1 font-semibold">On the table</h3>
              <ul className="space-y-1">
                {issues.data.issues.map((issue) => (
                  <li key={issue.id} className="text-sm">
                    <strong>{issue.title}</strong> ({issue.status}): US: {issue.usAsk} China: {issue.chinaPosition}
                  </li>
                ))}
              </ul>
              <h3 className="mt-4 mb-1 font-semibold">What would move markets</h3>
              <ul className="space-y-1">
                {issues.data.scenarios.map((scenario) => (
                  <li key={scenario.id} className="text-sm">
                    <strong>{scenario.title}</strong>: {scenario.condition} {scenario.expectedReaction}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )
    }
    const error = sessions.error ?? developments.error
    if (error) return <QueryError what="the timeline" error={error} onRetry={() => void Promise.all([sessions.refetch(), developments.refetch()])} />
    return <Skeleton label="Loading the timeline" rows={8} />
  }

  return (
    <Panel id="timeline" title="Timeline">
      {body()}
    </Panel>
  )
}
