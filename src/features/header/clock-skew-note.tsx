import { useQuery } from '@tanstack/react-query'
import { indexQueries } from '../../feed/queries'
import type { FeedIndex } from '../../feed/schemas/types'
import { useServerClockOffset } from '../../feed/server-clock'
import { useFeed } from '../../hooks/use-feed'
import { formatDuration } from '../../lib/format-time'

/** From this far apart, the two clocks disagree visibly: the page's "now" is not the wall's. */
const noticeMs = 60_000

const selectPinned = (index: FeedIndex) => index.pinnedNow !== undefined

/**
 * A live feed's page tells the time by the feed server's clock (its `Date` header). When that
 * clock is minutes away from this computer's, the page says so: otherwise "Now 00:26" on a screen
 * whose clock says 00:31, a session "in session for 0 s" and a quote just said left out of the
 * latest, with nothing to tell why.
 */
export function ClockSkewNote() {
  const feed = useFeed()
  const offset = useServerClockOffset()
  const pinned = useQuery({ ...indexQueries.detail(feed), select: selectPinned }).data
  if (feed.asOf !== null || pinned !== false || Math.abs(offset) < noticeMs) return null
  // To the second: the offset is estimated within one (a `Date` header's resolution).
  const apart = `${formatDuration(Math.round(Math.abs(offset) / 1000) * 1000)} ${offset > 0 ? 'ahead of' : 'behind'}`
  return (
    <p
      className="text-xs text-warn"
      title="Times on this page follow the feed server’s clock (the Date of its answers)"
    >
      <span aria-hidden="true">◷ </span>Feed server’s clock {apart} this computer’s
    </p>
  )
}
