import { useCallback } from 'react'
import type { Development, FeedIndex, Session } from '../../feed/schemas/types'
import { useCsvDownload } from '../../hooks/use-csv-download'
import type { Selection } from '../../hooks/use-selection'
import {
  timelineCsvHeader,
  timelineCsvItems,
  timelineCsvRowOf,
  type TimelineCsvItem,
} from './export-timeline'

export type TimelineExport = {
  start: () => void
  busy: boolean
  sessions: number
  developments: number
}

type Input = {
  index: FeedIndex | undefined
  /** Undefined while loading or when failed: a file without them would read as if there were none. */
  sessions: readonly Session[] | undefined
  developments: readonly Development[] | undefined
  now: number
  /** A relative link that selects the event on the dashboard. */
  hrefFor: (event: Selection['event'], hash?: string) => string
}

/**
 * Downloads the timeline's sessions and developments as timeline.csv, oldest first; null until
 * the index and both lists are in, or when there is nothing to download.
 */
export function useTimelineExport({
  index,
  sessions,
  developments,
  now,
  hrefFor,
}: Input): TimelineExport | null {
  const { busy, download } = useCsvDownload()
  const start = useCallback(() => {
    if (!index || !sessions || !developments) return
    const link = (item: TimelineCsvItem) => {
      const event =
        item.kind === 'session'
          ? { kind: 'session' as const, id: item.session.id }
          : { kind: 'development' as const, id: item.development.id }
      return new URL(hrefFor(event, '#timeline'), window.location.href).href
    }
    const rowOf = timelineCsvRowOf({ index, now, link })
    download('timeline.csv', timelineCsvHeader, timelineCsvItems(sessions, developments), rowOf)
  }, [index, sessions, developments, now, hrefFor, download])
  if (!index || !sessions || !developments) return null
  if (sessions.length + developments.length === 0) return null
  return { start, busy, sessions: sessions.length, developments: developments.length }
}
