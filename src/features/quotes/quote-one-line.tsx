import { formatDateTime } from '../../lib/format-time'
import { formatClockBrief } from '../../lib/format-clock-brief'
import { useNow } from '../../hooks/clock-context'
import { HighlightedText } from './highlighted-text'
import type { QuoteRow } from './quote-rows'
import { SideIcon, sideTextClass } from './side-icon'
import { quoteMarks, quoted } from '../../lib/quote-marks'
import { DatedAheadBrief } from './dated-ahead-brief'

type Props = {
  row: QuoteRow
  zone: string
  terms: readonly string[]
  isNew: boolean
  /** When the line shows (the compact row shows it until the row holds the focus). */
  className: string
}

/** A quote in one line: who, side, what (cut with an ellipsis), when (the date, unless of this week). */
export function QuoteOneLine({ row, zone, terms, isNew, className }: Props) {
  const { quote, party } = row
  const [open, close] = quoteMarks(quote.lang)
  const now = useNow(60_000)
  return (
    <p
      className={`flex min-w-0 items-baseline gap-1.5 text-sm ${className}`}
      title={`${row.speakerName}: ${quoted(quote.text, quote.lang)}`}
    >
      {isNew && <span className="shrink-0 text-xs font-semibold text-accent">● New</span>}
      <span
        className={`inline-flex shrink-0 items-center gap-1 text-xs font-medium ${sideTextClass(party)}`}
      >
        <SideIcon party={party} />
        {party?.shortName ?? '?'}
      </span>
      {/* A long name gives way (cut, whole in the tooltip) before the time does. In its own
          direction, so a right-to-left name is cut at its end, not its start. */}
      {/* The quote keeps a quarter of the line at least: in the desk's narrow wall a long name
          left it nothing but its quotation mark. */}
      <span dir="auto" className="max-w-[50%] min-w-0 truncate text-left font-semibold">
        <HighlightedText text={row.speakerName} terms={terms} />
      </span>
      {!row.person && (
        <span
          className="shrink-0 text-xs text-warn"
          title={`The feed's quote names the speaker "${quote.personId}", whom its list of people does not have`}
        >
          (unlisted)
        </span>
      )}
      <span dir="auto" className="min-w-[25%] flex-1 truncate text-left" lang={quote.lang}>
        {open}
        <HighlightedText text={quote.text} terms={terms} />
        {close}
      </span>
      <DatedAheadBrief saidAt={row.time} now={now} />
      <time
        dateTime={quote.saidAt}
        className="shrink-0 text-xs text-muted"
        title={formatDateTime(row.time, zone, quote.saidAtPrecision, now)}
      >
        {formatClockBrief(row.time, zone, now, quote.saidAtPrecision)}
      </time>
    </p>
  )
}
