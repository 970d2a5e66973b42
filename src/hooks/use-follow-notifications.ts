import { useCallback, useEffect, useRef, useState } from 'react'
import {
  notificationPermission,
  notifyItems,
  requestNotificationPermission,
  type NotifyItem,
  type NotifyPermission,
} from '../lib/notify'
import { useStoredJson, writeStoredJson } from '../lib/stored-json'

const optInKey = 'ttm.notify.v1'
const parseOptIn = (stored: unknown) => stored === true

/**
 * Browser notifications for new followed items, opt-in. Pass the new items from followed people
 * and topics (e.g. useSeenItems' new ids filtered with useFollows().isFollowed). Only items that
 * appear after the page opened (or after the opt-in) are notified, each once, and only while the
 * tab is hidden or not focused (in view, the highlight says it). `enable` must be called from a
 * click handler: it asks for permission; nothing else ever does.
 */
export function useFollowNotifications(
  items: readonly NotifyItem[],
  onOpen?: (id: string) => void,
) {
  const optedIn = useStoredJson(optInKey, parseOptIn)
  const [asked, setPermission] = useState<NotifyPermission>(notificationPermission)
  // Another panel's hook may have been granted permission since (the opt-in is shared): read it anew.
  const permission = asked === 'default' ? notificationPermission() : asked
  const enabled = optedIn && permission === 'granted'
  const known = useRef<Set<string> | null>(null)
  const onOpenRef = useRef(onOpen)
  useEffect(() => {
    onOpenRef.current = onOpen
  }, [onOpen])

  useEffect(() => {
    // The first list (and the list when notifications are turned on) is the baseline.
    if (known.current === null || !enabled) {
      known.current = new Set(items.map((item) => item.id))
      return
    }
    const away = document.visibilityState !== 'visible' || !document.hasFocus()
    const fresh = items.filter((item) => !known.current?.has(item.id))
    if (!away) {
      fresh.forEach((item) => known.current?.add(item.id))
      return
    }
    notifyItems(fresh, known.current, (id) => onOpenRef.current?.(id))
  }, [items, enabled])

  const enable = useCallback(async () => {
    const result = await requestNotificationPermission()
    setPermission(result)
    writeStoredJson(optInKey, result === 'granted')
  }, [])
  const disable = useCallback(() => writeStoredJson(optInKey, false), [])
  return { permission, enabled, enable, disable }
}
