import { useQuery } from '@tanstack/react-query'
import { useContext, useEffect } from 'react'
import { indexQueries, sessionsQueries } from '../../feed/queries'
import type { Session } from '../../feed/schemas/types'
import { sessionLabel } from '../../feed/session-label'
import { ClockContext, clockNow } from '../../hooks/clock-context'
import { useRuntime } from '../../hooks/runtime-context'
import { useFeed } from '../../hooks/use-feed'
import { readStoredJson, writeStoredJson } from '../../lib/stored-json'
import type { AlertRule } from './alert-rules'
import type { FiredAlert } from './alert-world'
import { calledOffNews, parseStandings } from './called-off-news'
import { useNewDate } from './use-new-date'

const standingsKey = (feedBaseUrl: string) => `ttm.alerts.session-standings.v1:${feedBaseUrl}`

/**
 * Tells the viewer, through `deliver`, when the feed postpones or cancels a session one of their
 * alerts watches ("London, Day 2 postponed; new date 17 Jun"): once per change, also of one made
 * while the page was closed. Nothing in replay.
 */
export function useCalledOffNews(
  rules: readonly AlertRule[],
  deliver: (fired: FiredAlert[], at: number) => void,
) {
  const feed = useFeed()
  const { feedBaseUrl } = useRuntime()
  const sessions = useQuery(sessionsQueries.list(feed)).data?.sessions
  const rounds = useQuery(indexQueries.detail(feed)).data?.rounds
  const newDate = useNewDate()
  const clock = useContext(ClockContext)

  useEffect(() => {
    if (feed.asOf !== null || !sessions || !rounds) return
    const words = (session: Session) => {
      const name = sessionLabel(session, rounds)
      return session.status === 'cancelled'
        ? { title: `${name} cancelled`, body: 'Alerts on it will not fire' }
        : {
            title: `${name} postponed; new date ${newDate(session) ?? 'not announced'}`,
            body: 'Alerts on it wait until it goes ahead',
          }
    }
    // Read afresh: another tab of the same feed may have told it already.
    const key = standingsKey(feedBaseUrl)
    const news = calledOffNews(rules, sessions, parseStandings(readStoredJson(key)), words)
    writeStoredJson(key, news.standings)
    if (news.fired.length > 0) deliver(news.fired, clockNow(clock, Date.now()))
  }, [feed.asOf, feedBaseUrl, rules, sessions, rounds, newDate, deliver, clock])
}
