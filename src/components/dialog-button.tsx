import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { isPageShortcut } from '../lib/page-shortcut'

type Props = {
  /** The button's content. */
  label: ReactNode
  /** Id of the heading inside that names the dialog. */
  titleId: string
  /** Tailwind width of the dialog, e.g. "w-[min(44rem,calc(100vw-1rem))]". */
  widthClass?: string
  /** The button's classes ("btn" by default). */
  buttonClass?: string
  /** The button's accessible name, when its content says less (e.g. "+15 more"). */
  buttonName?: string
  /** A page-wide key that opens it too ("?"). */
  shortcut?: string
  /** The button's tooltip. */
  title?: string
  /** The dialog's content, rendered only while it is open; `close` closes it. */
  children: (close: () => void) => ReactNode
}

/** A button that opens a modal dialog (Escape and Close close it; focus returns to the button). */
export function DialogButton({
  label,
  titleId,
  widthClass = 'w-[min(44rem,calc(100vw-1rem))]',
  buttonClass = 'btn',
  buttonName,
  shortcut,
  title,
  children,
}: Props) {
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null)
  const [open, setOpen] = useState(false)
  const close = useCallback(() => dialog?.close(), [dialog])
  useEffect(() => {
    if (!dialog || !shortcut) return
    const onKey = (event: KeyboardEvent) => {
      if (!isPageShortcut(event, shortcut)) return
      event.preventDefault()
      setOpen(true)
      dialog.showModal()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [dialog, shortcut])
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        aria-label={buttonName}
        aria-haspopup="dialog"
        aria-keyshortcuts={shortcut}
        title={title}
        onClick={() => {
          setOpen(true)
          dialog?.showModal()
        }}
      >
        {label}
      </button>
      <dialog
        ref={setDialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className={`m-auto max-h-[85dvh] overflow-auto ${widthClass} rounded-lg border border-line bg-surface p-4 text-ink backdrop:bg-black/40`}
      >
        {open && children(close)}
      </dialog>
    </>
  )
}
