import { useCallback, useMemo } from 'react'
import type { NotifyItem } from '../lib/notify'
import { useFollowNotifications } from './use-follow-notifications'
import { useFollows, type Followable } from './use-follows'
import { useSeenItems } from './use-seen-items'
import { selectEvent } from './use-selection'
import { revealRegion } from './reveal-region'
import type { Region } from './desk-layout'

const noNotifyItems: NotifyItem[] = []

type Options<T> = {
  /** Replay shows history, not news: nothing is counted or badged as new. */
  replay: boolean
  /** A notification's title and text for a new item from someone or something followed. */
  describe: (item: T) => { title: string; body: string }
  /** The region a notification's click brings into view. */
  regionId: Region
}

/**
 * Live following for a panel's items (quotes, developments): which are new since the viewer last
 * looked, and a browser notification for each new one from a followed person or topic, whose click
 * selects the item and scrolls its region into view.
 */
export function useLiveFollowing<T extends Followable & { id: string }>(
  kind: 'quote' | 'development',
  items: readonly T[] | undefined,
  { replay, describe, regionId }: Options<T>,
) {
  const ids = useMemo(
    () => (items && !replay ? items.map((item) => item.id) : undefined),
    [items, replay],
  )
  const seen = useSeenItems(kind, ids)
  const following = useFollows()
  const { isFollowed } = following
  const followedNew = useMemo(() => {
    if (!items || seen.newIds.size === 0) return noNotifyItems
    const news = items
      .filter((item) => seen.newIds.has(item.id) && isFollowed(item))
      .map((item) => ({ id: `${kind}:${item.id}`, ...describe(item) }))
    return news.length === 0 ? noNotifyItems : news
  }, [kind, items, seen.newIds, isFollowed, describe])
  const openNotified = useCallback(
    (id: string) => {
      selectEvent({ kind, id: id.slice(kind.length + 1) })
      revealRegion(regionId)
    },
    [kind, regionId],
  )
  const notifications = useFollowNotifications(followedNew, openNotified)
  return { seen, following, notifications }
}
