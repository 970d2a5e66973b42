import { formatClock } from '../../lib/format-time'
import type { Toast } from './alert-toasts-store'

/**
 * A notice about one of the viewer's alerts (it went dead), drawn so that it is not taken for an
 * alert firing: a plain border, a stop mark, and "Dismiss notice" rather than "Dismiss alert".
 */
export function AlertNotice({
  notice,
  zone,
  onDismiss,
}: {
  notice: Toast
  zone: string
  onDismiss: (button: HTMLElement) => void
}) {
  return (
    <div
      role="status"
      className="pointer-events-auto rounded border border-dashed border-warn bg-surface p-2 text-sm text-ink shadow-lg"
    >
      <div className="flex items-start gap-2">
        <p className="min-w-0 flex-1 [overflow-wrap:anywhere]">
          <span aria-hidden="true">⊘ </span>
          <strong className="font-semibold">{notice.title}</strong>
          <span className="block text-xs text-muted">
            {formatClock(notice.firedAt, zone)} · {notice.body}
          </span>
        </p>
        <button
          type="button"
          className="btn"
          data-dismiss
          onClick={(event) => onDismiss(event.currentTarget)}
          aria-label={`Dismiss notice: ${notice.title}`}
        >
          ✕
        </button>
      </div>
    </div>
  )
}
