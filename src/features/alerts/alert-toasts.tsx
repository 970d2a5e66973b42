import { useDisplayZone } from '../../hooks/use-display-zone'
import { useFocusAfterRemoval } from '../../hooks/use-focus-after-removal'
import { AlertToast } from './alert-toast'
import { dismissToast, useToasts } from './alert-toasts-store'
import type { SigmaMeasure } from './alert-world'
import { useAlertWatcher } from './use-alert-watcher'
import { useFocusBeforeToasts } from './use-focus-before-toasts'

/**
 * Watches the viewer's alerts and shows each one that fires, until dismissed (the newest four),
 * and above them, in a region of their own, notices about alerts that went dead. `measureSigma`
 * (the markets' method, given by the app) lets sigma alerts decide.
 */
export function AlertToasts({ measureSigma }: { measureSigma?: SigmaMeasure }) {
  useAlertWatcher(measureSigma)
  const toasts = useToasts()
  const notices = toasts.filter((t) => t.kind === 'notice')
  const fired = toasts.filter((t) => t.kind === 'fired')
  const [zone] = useDisplayZone()
  const { region, before } = useFocusBeforeToasts()
  // Dismissed from the keyboard: the focus goes to the next toast, or back to where it was.
  const handOn = useFocusAfterRemoval(before)
  const dismiss = (button: HTMLElement, key: string) => {
    const buttons = [...(region.current?.querySelectorAll<HTMLElement>('[data-dismiss]') ?? [])]
    const at = buttons.indexOf(button)
    handOn(buttons[at + 1] ?? buttons[at - 1] ?? null)
    dismissToast(key)
  }
  return (
    <div
      ref={region}
      className="pointer-events-none fixed right-2 bottom-2 z-50 flex w-[min(22rem,calc(100vw-1rem))] flex-col"
    >
      <section
        aria-label="Alert notices"
        aria-live="polite"
        className={notices.length > 0 ? 'flex flex-col gap-2 pb-2' : undefined}
      >
        {notices.map((notice) => (
          <AlertToast
            key={notice.key}
            toast={notice}
            zone={zone}
            onDismiss={(button) => dismiss(button, notice.key)}
          />
        ))}
      </section>
      <section aria-label="Alerts fired" aria-live="polite" className="flex flex-col gap-2">
        {fired.map((toast) => (
          <AlertToast
            key={toast.key}
            toast={toast}
            zone={zone}
            onDismiss={(button) => dismiss(button, toast.key)}
          />
        ))}
      </section>
    </div>
  )
}
