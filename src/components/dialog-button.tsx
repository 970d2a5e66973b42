import { useCallback, useState, type ReactNode } from 'react'

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
  children,
}: Props) {
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null)
  const [open, setOpen] = useState(false)
  const close = useCallback(() => dialog?.close(), [dialog])
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        aria-label={buttonName}
        aria-haspopup="dialog"
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
