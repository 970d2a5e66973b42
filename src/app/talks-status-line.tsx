import { useQuery } from '@tanstack/react-query'
import { indexQueries, sessionsQueries } from '../feed/queries'
import { describeFeedTalks } from '../features/timeline/feed-talks'
import { talksSign, type TalksNow } from '../features/timeline/talks-now'
import { useClock } from '../hooks/clock-context'
import { useFeed } from '../hooks/use-feed'
import { noneReadable } from '../feed/unreadable-records'
import { FeedError } from '../feed/feed-error'
import { useRuntime } from '../hooks/runtime-context'
import { useDisplayZone } from '../hooks/use-display-zone'
import { useChangeAnnouncement } from '../hooks/use-change-announcement'
import { UnreachedFeedHint } from './unreached-feed-hint'

/** An answer that says the address holds no feed: nothing there, or a page instead of data. */
const notTheFeed = (error: Error) =>
  error instanceof FeedError &&
  ((error.kind === 'http' && error.status === 404) ||
    error.kind === 'error-page' ||
    error.kind === 'not-json')

const unreadableWords =
  'Where the talks stand is unknown: none of the feed’s sessions could be read'
const sessionsFailedWords = 'Where the talks stand is unknown: the sessions could not be loaded'

/** Which state the line tells of, without its ticking durations: a change of it is announced. */
function stateOf(talksNow: TalksNow): string {
  const sessions =
    talksNow.kind === 'called-off' ? talksNow.sessions : talksNow.session ? [talksNow.session] : []
  return `${talksNow.kind} ${sessions.map((session) => session.id).join(' ')}`
}

/**
 * Where the talks stand, across rounds, ticking each second: the only part of the header that does.
 * With `onlyProblems` (the briefing below says where they stand), only why that is unknown. A
 * screen reader is told when the state changes (a session starts, the feed fails), not each tick.
 */
export function TalksStatusLine({ onlyProblems = false }: { onlyProblems?: boolean }) {
  const feed = useFeed()
  const { demo } = useRuntime()
  const { now } = useClock(1000)
  const [zone] = useDisplayZone()
  const index = useQuery(indexQueries.detail(feed))
  const sessions = useQuery(sessionsQueries.list(feed))
  const unreadable = noneReadable(sessions.data, 'sessions')
  const talksNow =
    sessions.data && index.data && !unreadable
      ? describeFeedTalks(index.data, sessions.data, now, zone)
      : null
  const [state, words] = talksNow
    ? [stateOf(talksNow), talksNow.text]
    : index.error
      ? [`index failed: ${index.error.message}`, `Feed unavailable: ${index.error.message}`]
      : unreadable
        ? ['unreadable', unreadableWords]
        : sessions.error
          ? ['sessions failed', sessionsFailedWords]
          : [null, '']
  const announcement = useChangeAnnouncement(state, words)
  if (onlyProblems && !index.error && !sessions.error && !unreadable) return null
  return (
    <>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <p className="text-sm">
        {talksNow ? (
          <>
            <span aria-hidden="true">{talksSign(talksNow)} </span>
            {talksNow.text}
          </>
        ) : index.error ? (
          <span className="text-danger">
            Feed unavailable: {index.error.message}
            {!demo && notTheFeed(index.error) && (
              <>
                . Looked for it at {new URL('index.json', feed.baseUrl).href}: is{' '}
                <code>feedUrl</code> in config.json right?
              </>
            )}
            {!demo && (
              <UnreachedFeedHint
                error={index.error}
                indexUrl={new URL('index.json', feed.baseUrl).href}
              />
            )}
          </span>
        ) : unreadable ? (
          <span className="text-danger">{unreadableWords}</span>
        ) : sessions.error ? (
          <span className="text-danger">{sessionsFailedWords}</span>
        ) : (
          <span className="text-muted">Loading…</span>
        )}
      </p>
    </>
  )
}
