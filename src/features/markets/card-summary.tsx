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
  /**
   * The chart alone in a small frame: the summary on at most this many lines, cut with "…" past
   * them (the whole in its tooltip and for screen readers), what follows it kept beside it, whole.
   */
  short?: 1 | 2 | null
  /** What follows the summary on its line (the stale-price mark). */
  children?: ReactNode
}

/** A card's words under its readout: the day and the reaction, then the closed-at-event note. */
export function CardSummary({
  summary,
  closedNote,
  whole = { summary, closedNote },
  noteInSummary,
  short = null,
  children,
}: Props) {
  const folded = noteInSummary && closedNote !== ''
  const cut = short !== null || whole.summary !== summary
  const title = [cut && whole.summary, folded && whole.closedNote].filter(Boolean).join(' ')
  return (
    <>
      {short !== null ? (
        <p className="flex items-start gap-x-2 text-xs" title={title}>
          {/* Positioned: words for screen readers past the cut stay inside it. */}
          <span
            className={`relative min-w-0 break-words ${short === 1 ? 'truncate' : 'line-clamp-2'}`}
          >
            <CutWords shown={summary} whole={whole.summary} />
            {folded && <span className="sr-only"> {whole.closedNote}</span>}
          </span>
          {children}
        </p>
      ) : (
        <p className="text-xs break-words" title={title || undefined}>
          <CutWords shown={summary} whole={whole.summary} /> {children}
          {folded && <span className="sr-only"> {whole.closedNote}</span>}
        </p>
      )}
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
