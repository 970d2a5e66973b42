import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react'
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

// One reading of the permission for every hook on the page, taken when the first one renders and
// again when it may have changed: the viewer coming back to the tab (the browser's own settings),
// or a request answered. Not on every render (in a 30 s soak, reading it on each render cost 0.8 s
// of main thread), and not once per hook (each read asks the browser: 3 ms for the first).
let permissionRead: NotifyPermission | null = null
const permissionListeners = new Set<() => void>()
const rereadPermission = () => {
  permissionRead = notificationPermission()
  permissionListeners.forEach((listener) => listener())
}
function subscribePermission(listener: () => void) {
  if (permissionListeners.size === 0) {
    window.addEventListener('focus', rereadPermission)
    window.addEventListener(permissionAnswered, rereadPermission)
    document.addEventListener('visibilitychange', rereadPermission)
  }
  permissionListeners.add(listener)
  return () => {
    permissionListeners.delete(listener)
    if (permissionListeners.size > 0) return
    window.removeEventListener('focus', rereadPermission)
    window.removeEventListener(permissionAnswered, rereadPermission)
    document.removeEventListener('visibilitychange', rereadPermission)
    permissionRead = null
  }
}
const permissionSnapshot = () => (permissionRead ??= notificationPermission())

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
  const permission = useSyncExternalStore(
    subscribePermission,
    permissionSnapshot,
    permissionSnapshot,
  )
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
    window.dispatchEvent(new Event(permissionAnswered))
    writeStoredJson(optInKey, result === 'granted')
  }, [])
  const disable = useCallback(() => writeStoredJson(optInKey, false), [])
  return { permission, enabled, enable, disable }
}
