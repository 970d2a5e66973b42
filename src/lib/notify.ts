/**
 * Browser notifications for new items from followed people and topics. Permission is asked for
 * only by requestNotificationPermission(), which must be called from a click handler (a user's
 * opt-in); nothing here ever asks on its own.
 */

export type NotifyPermission = NotificationPermission | 'unsupported'

function api(): typeof Notification | null {
  return typeof window !== 'undefined' && 'Notification' in window ? window.Notification : null
}

export function notificationPermission(): NotifyPermission {
  return api()?.permission ?? 'unsupported'
}

/** Asks for permission. Call it only from a click (or key) handler on an explicit control. */
export async function requestNotificationPermission(): Promise<NotifyPermission> {
  const Api = api()
  if (!Api) return 'unsupported'
  if (Api.permission !== 'default') return Api.permission
  return Api.requestPermission()
}

export type NotifyItem = {
  /** Stable id: the notification's tag, so one item never shows twice. */
  id: string
  title: string
  body: string
}

/**
 * Shows one notification per item not notified before, only when permission is granted. Returns
 * the ids shown. `notified` remembers what was shown (see useFollowNotifications).
 */
export function notifyItems(
  items: readonly NotifyItem[],
  notified: Set<string>,
  onClick?: (id: string) => void,
): string[] {
  const Api = api()
  if (!Api || Api.permission !== 'granted') return []
  const shown: string[] = []
  for (const item of items) {
    if (notified.has(item.id)) continue
    notified.add(item.id)
    try {
      const notification = new Api(item.title, { body: item.body, tag: `ttm:${item.id}` })
      notification.onclick = () => {
        window.focus()
        onClick?.(item.id)
        notification.close()
      }
      shown.push(item.id)
    } catch {
      // Some browsers (Android Chrome) allow notifications only from a service worker: skip.
    }
  }
  return shown
}
