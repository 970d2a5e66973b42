import type { ReactNode } from 'react'
import { CutWords } from './cut-words'

type Props = {
  summary: string
  /** Where counting starts when the market was closed at the event; '' when it was open. */
  closedNote: string
  /**
   * The two above with the event's whole name, where its label is cut with "…" (see
   * withWholeName): in their tooltips and read by screen readers, the cut words shown as they are.
   */
  whole?: { summary: string; closedNote: string }
  /**
   * The chart alone in a small frame, with a summary that already says the market was closed: the
   * note is not shown again, its words (the next open's time) kept for screen readers and in the
   * summary's tooltip.
   */
  noteInSummary: boolean
  /** What follows the summary on its line (the stale-price mark). */
  children?: ReactNode
}

/** A card's words under its readout: the day and the reaction, then the closed-at-event note. */
export function CardSummary({
  summary,
  closedNote,
  whole = { summary, closedNote },
  noteInSummary,
  children,
}: Props) {
  const folded = noteInSummary && closedNote !== ''
  const cut = whole.summary !== summary
  const title = [cut && whole.summary, folded && whole.closedNote].filter(Boolean).join(' ')
  return (
    <>
      <p className="text-xs break-words" title={title || undefined}>
        <CutWords shown={summary} whole={whole.summary} /> {children}
        {folded && <span className="sr-only"> {whole.closedNote}</span>}
      </p>
      {closedNote && !folded && (
        <p
          className="text-[11px] break-words text-warn"
          title={whole.closedNote !== closedNote ? whole.closedNote : undefined}
        >
          <CutWords shown={closedNote} whole={whole.closedNote} />
        </p>
      )}
    </>
  )
}
