import { useQuery } from '@tanstack/react-query'
import { useMemo, useState, type ReactNode } from 'react'
import { indexQueries } from '../feed/queries'
import { useServerClockOffset } from '../feed/server-clock'
import type { FeedIndex } from '../feed/schemas/types'
import { ClockContext, type PageClock } from '../hooks/clock-context'
import { useRuntime } from '../hooks/runtime-context'
import { useReplay } from '../hooks/use-replay'

/**
 * The page's "now" (see PageClock): the replayed moment; else the feed's pinned moment (the
 * demo: the article's morning), running on from when the page opened, or from each answer when
 * the feed plays a day fast (clockRate); else the feed server's clock.
 */
export function FeedClock({ children }: { children: ReactNode }) {
  const { feedBaseUrl } = useRuntime()
  const index = useQuery({ ...indexQueries.detail(feedBaseUrl), select: selectClock })
  const serverOffset = useServerClockOffset()
  const { asOf } = useReplay()
  const [openedAt] = useState(() => Date.now())
  const pinned = index.data?.pinnedNow ? Date.parse(index.data.pinnedNow) : null
  const rate = index.data?.clockRate
  // Read only when it matters: a refresh that changes nothing must not re-render the page.
  const answeredAt = pinned !== null && rate !== undefined ? index.dataUpdatedAt : openedAt
  const clock = useMemo<PageClock>(() => {
    if (asOf !== null) return { anchorNow: asOf, anchorWall: 0, rate: 0 }
    if (pinned !== null) return { anchorNow: pinned, anchorWall: answeredAt, rate: rate ?? 1 }
    return { anchorNow: serverOffset, anchorWall: 0, rate: 1 }
  }, [asOf, pinned, rate, answeredAt, serverOffset])
  return <ClockContext value={clock}>{children}</ClockContext>
}

function selectClock(index: FeedIndex) {
  return { pinnedNow: index.pinnedNow ?? null, clockRate: index.clockRate }
}
