import type { useFollowNotifications } from '../../hooks/use-follow-notifications'
import type { SeenItems } from '../../hooks/use-seen-items'
import { BellIcon } from '../../components/icons'

type Props = {
  seen: SeenItems
  followsAny: boolean
  notifications: ReturnType<typeof useFollowNotifications>
}

/** Whether the wall's header has anything to offer: new quotes to mark, or notifications to set. */
export function quoteWallHasActions({ seen, followsAny, notifications }: Props): boolean {
  return seen.count > 0 || (followsAny && notifications.permission !== 'unsupported')
}

/** "Mark all seen (n)", and the opt-in to notifications once the viewer follows someone. */
export function QuoteWallActions({ seen, followsAny, notifications }: Props) {
  const { permission } = notifications
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      {seen.count > 0 && (
        <button
          type="button"
          className="btn"
          onClick={seen.markAllSeen}
          aria-label={`Mark all seen: ${seen.count} new quote${seen.count === 1 ? '' : 's'}`}
        >
          Mark all seen ({seen.count})
        </button>
      )}
      {followsAny && permission === 'denied' && (
        <span className="text-muted">Notifications are blocked in this browser</span>
      )}
      {followsAny &&
        permission !== 'unsupported' &&
        permission !== 'denied' &&
        (notifications.enabled ? (
          <button
            type="button"
            className="btn"
            aria-pressed="true"
            onClick={notifications.disable}
            title="Stop notifying new quotes from people and topics you follow"
          >
            <BellIcon /> Notifying
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            onClick={() => void notifications.enable()}
            title="A browser notification for each new quote from people and topics you follow"
          >
            <BellIcon /> Notify me
          </button>
        ))}
    </div>
  )
}
