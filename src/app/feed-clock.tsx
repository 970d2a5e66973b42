import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { indexQueries } from '../feed/queries'
import { ClockOffsetContext } from '../hooks/clock-context'
import { useRuntime } from '../hooks/runtime-context'

/**
 * When the feed pins "now" (the demo: the article's moment), the page's clock starts there and
 * runs on in real time; with a live feed the offset is zero.
 */
export function FeedClock({ children }: { children: ReactNode }) {
  const { feedBaseUrl } = useRuntime()
  const { data: pinnedNow } = useQuery({ ...indexQueries.detail(feedBaseUrl), select: selectPinnedNow })
  // The pinned moment is "now" when the page opened; the clock runs on from there.
  const [openedAt] = useState(() => Date.now())
  const offset = pinnedNow ? Date.parse(pinnedNow) - openedAt : 0
  return <ClockOffsetContext value={offset}>{children}</ClockOffsetContext>
}

function selectPinnedNow(index: { pinnedNow?: string }) {
  return index.pinnedNow ?? null
}
