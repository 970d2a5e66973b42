import { formatClock } from '../../lib/format-time'
import type { Toast } from './alert-toasts-store'

/** How each kind of toast is drawn: an alert fired, or a notice about an alert (it went dead). */
const looks = {
  fired: { border: 'border-accent', mark: '◉', title: '', dismiss: 'Dismiss alert' },
  notice: {
    border: 'border-dashed border-warn',
    mark: '⊘',
    title: 'font-semibold',
    dismiss: 'Dismiss notice',
  },
} as const

/**
 * One toast: an alert fired, or a notice about an alert, drawn so that the one is not taken for
 * the other (a notice: a dashed border, a stop mark, and "Dismiss notice" rather than "Dismiss
 * alert").
 */
export function AlertToast({
  toast,
  zone,
  onDismiss,
}: {
  toast: Toast
  zone: string
  onDismiss: (button: HTMLElement) => void
}) {
  const look = looks[toast.kind]
  return (
    <div
      role="status"
      className={`pointer-events-auto rounded border ${look.border} bg-surface p-2 text-sm text-ink shadow-lg`}
    >
      <div className="flex items-start gap-2">
        <p className="min-w-0 flex-1 [overflow-wrap:anywhere]">
          <span aria-hidden="true">{look.mark} </span>
          <strong className={look.title || undefined}>{toast.title}</strong>
          <span className="block text-xs text-muted">
            {formatClock(toast.firedAt, zone)} · {toast.body}
          </span>
        </p>
        <button
          type="button"
          className="btn"
          data-dismiss
          onClick={(event) => onDismiss(event.currentTarget)}
          aria-label={`${look.dismiss}: ${toast.title}`}
        >
          ✕
        </button>
      </div>
    </div>
  )
}
