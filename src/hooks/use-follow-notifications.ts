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
/** Said on the window when a permission request is answered, so every panel's hook reads it anew. */
const permissionAnswered = 'ttm:notification-permission'

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
  // Read once, then again when it may have changed: the viewer coming back to the tab (the browser's
  // own settings), or another panel's hook being answered. Not on every render: in a 30 s soak of a
  // changing feed, reading Notification.permission on each render cost 0.8 s of main thread.
  const [permission, setPermission] = useState<NotifyPermission>(notificationPermission)
  useEffect(() => {
    const reread = () => setPermission(notificationPermission())
    window.addEventListener('focus', reread)
    window.addEventListener(permissionAnswered, reread)
    document.addEventListener('visibilitychange', reread)
    return () => {
      window.removeEventListener('focus', reread)
      window.removeEventListener(permissionAnswered, reread)
      document.removeEventListener('visibilitychange', reread)
    }
  }, [])
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
    window.dispatchEvent(new Event(permissionAnswered))
    writeStoredJson(optInKey, result === 'granted')
  }, [])
  const disable = useCallback(() => writeStoredJson(optInKey, false), [])
  return { permission, enabled, enable, disable }
}
