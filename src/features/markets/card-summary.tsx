import type { ReactNode } from 'react'

type Props = {
  summary: string
  /** Where counting starts when the market was closed at the event; '' when it was open. */
  closedNote: string
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
export function CardSummary({ summary, closedNote, noteInSummary, children }: Props) {
  const folded = noteInSummary && closedNote !== ''
  return (
    <>
      <p className="text-xs break-words" title={folded ? closedNote : undefined}>
        {summary} {children}
        {folded && <span className="sr-only"> {closedNote}</span>}
      </p>
      {closedNote && !folded && <p className="text-[11px] break-words text-warn">{closedNote}</p>}
    </>
  )
}
