import { memo, useRef } from 'react'
import type { Tone } from '../../feed/schemas/types'
import { Badge } from '../../components/badge'
import { SourceLink } from '../../components/source-link'
import { useNow } from '../../hooks/clock-context'
import { useMarkSeenWhenVisible } from '../../hooks/use-mark-seen-when-visible'
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatRelative,
  relativeLimitMs,
  zoneAbbreviation,
} from '../../lib/format-time'
import { HighlightedText } from './highlighted-text'
import type { QuoteRow } from './quote-rows'
import { SideIcon } from './side-icon'

const toneBadge: Record<Tone, 'good' | 'neutral' | 'warn' | 'danger' | 'accent'> = {
  upbeat: 'good',
  positive: 'good',
  neutral: 'neutral',
  cautious: 'warn',
  'hard-line': 'danger',
}

const sideText: Record<string, string> = { us: 'text-us', cn: 'text-cn' }

/** "~2 h ago · Mon 9 Jun, ~13:00 BST"; a week or more away, the date alone reads better: "29 Jul 2025, 13:00 BST". */
function SaidAt({
  instant,
  precision,
  zone,
}: {
  instant: number
  precision: 'exact' | 'approximate'
  zone: string
}) {
  // A minute is fine-grained enough for "2 h ago"; each visible card keeps its own clock.
  const now = useNow(30_000)
  if (Math.abs(now - instant) >= relativeLimitMs) {
    return (
      <>{`${formatDate(instant, zone)}, ${formatClock(instant, zone, precision)} ${zoneAbbreviation(instant, zone)}`}</>
    )
  }
  return (
    <>
      {precision === 'approximate' ? '~' : ''}
      {formatRelative(instant, now, zone)} · {formatDateTime(instant, zone, precision)}
    </>
  )
}

/** "New York 08:00 EDT": where it was said and its local time there, when the feed says where. */
function LocalPlace({ row, zone }: { row: QuoteRow; zone: string }) {
  const place = row.place
  if (!place) return row.quote.place ? <> · {row.quote.place}</> : null
  const local = formatClock(row.time, place.timeZone, row.quote.saidAtPrecision)
  const sameClock = local === formatClock(row.time, zone, row.quote.saidAtPrecision)
  return (
    <span
      title={
        place.from === 'quote' ? 'Where it was said, local time' : 'Said at the session, local time'
      }
    >
      {' · '}
      {place.name}
      {!sameClock && ` ${local} ${zoneAbbreviation(row.time, place.timeZone)}`}
    </span>
  )
}

type QuoteCardProps = {
  row: QuoteRow
  zone: string
  terms: readonly string[]
  /** Link to the page opened on this quote. */
  href: string
  copied: boolean
  /** The row holding the list's roving focus: its buttons are in the tab order. */
  active: boolean
  onCopy: (row: QuoteRow) => void
  onOpenLink: (row: QuoteRow) => void
  /** Arrived since the user last looked and not seen yet: badged until it has been in view. */
  isNew?: boolean
  /** By a followed person or on a followed topic. */
  followed?: boolean
  /** The speaker is followed (the toggle's state). */
  speakerFollowed?: boolean
  /** Follows or unfollows the speaker; absent, no toggle (a quote with no known speaker). */
  onToggleFollow?: (personId: string) => void
  /**
   * Compact density: one line (who, side, what, when) until the row holds the focus, then the
   * whole card; the one line is cut with an ellipsis, the card never is.
   */
  compact?: boolean
}

/** Shown while the row (li[data-quote-id]) does not hold the focus, hidden while it does, and the reverse. */
const whileUnfocused = '[[data-quote-id]:is(:focus-within,[aria-current=true])_&]:hidden'
const whileFocused = 'hidden [[data-quote-id]:is(:focus-within,[aria-current=true])_&]:flex'

/** One quote: what was said, by whom, when, where, on what, with copy and link. */
export const QuoteCard = memo(function QuoteCard({
  row,
  zone,
  terms,
  href,
  copied,
  active,
  onCopy,
  onOpenLink,
  isNew = false,
  followed = false,
  speakerFollowed = false,
  onToggleFollow,
  compact = false,
}: QuoteCardProps) {
  const { quote, person, party } = row
  const approximate = quote.saidAtPrecision === 'approximate'
  const headingId = `quote-${quote.id}-speaker`
  const ref = useRef<HTMLDivElement>(null)
  useMarkSeenWhenVisible(ref, 'quote', quote.id, { enabled: isNew })
  const sideClass = sideText[party?.id ?? ''] ?? 'text-observers'
  return (
    <div ref={ref}>
      {compact && (
        <p
          className={`flex min-w-0 items-baseline gap-1.5 text-sm ${whileUnfocused}`}
          title={`${row.speakerName}: “${quote.text}”`}
        >
          {isNew && <span className="shrink-0 text-xs font-semibold text-accent">● New</span>}
          <span
            className={`inline-flex shrink-0 items-center gap-1 text-xs font-medium ${sideClass}`}
          >
            <SideIcon party={party} />
            {party?.shortName ?? '?'}
          </span>
          <span className="shrink-0 font-semibold">
            <HighlightedText text={row.speakerName} terms={terms} />
          </span>
          <span className="min-w-0 flex-1 truncate">
            “<HighlightedText text={quote.text} terms={terms} />”
          </span>
          <time dateTime={quote.saidAt} className="shrink-0 text-xs text-muted">
            {formatClock(row.time, zone, quote.saidAtPrecision)}
          </time>
        </p>
      )}
      <div className={`flex-col gap-1 ${compact ? whileFocused : 'flex'}`}>
        {(isNew || followed) && (
          <p className="flex flex-wrap gap-1">
            {isNew && (
              <Badge tone="accent" title="Arrived since you last looked">
                <span aria-hidden="true">●</span> New
              </Badge>
            )}
            {followed && (
              <Badge tone="accent" title="By a person or on a topic you follow">
                <span aria-hidden="true">★</span> Followed
              </Badge>
            )}
          </p>
        )}
        <div className="flex items-start justify-between gap-2">
          <p id={headingId} className="min-w-0 text-sm">
            <span className="font-semibold">
              <HighlightedText text={row.speakerName} terms={terms} />
            </span>
            {person && (
              <span className="text-muted">
                {', '}
                <HighlightedText text={person.role} terms={terms} />
                {person.organisation !== person.name && (
                  <>
                    {', '}
                    <HighlightedText text={person.organisation} terms={terms} />
                  </>
                )}
              </span>
            )}
          </p>
          <span
            className={`inline-flex shrink-0 items-center gap-1 text-xs font-medium ${sideClass}`}
          >
            <SideIcon party={party} />
            {party?.shortName ?? 'Unknown side'}
          </span>
        </div>
        <blockquote className="text-base leading-snug break-words">
          “<HighlightedText text={quote.text} terms={terms} />”
        </blockquote>
        {quote.context && <p className="text-xs text-muted">{quote.context}</p>}
        <p className="text-xs text-muted">
          <time dateTime={quote.saidAt} title={approximate ? 'Approximate time' : undefined}>
            <SaidAt instant={row.time} precision={quote.saidAtPrecision} zone={zone} />
          </time>
          <LocalPlace row={row} zone={zone} />
          {' · '}
          <HighlightedText text={quote.setting} terms={terms} />
          {row.sources.length > 0 && (
            <>
              {' · Source: '}
              {row.sources.map((source, i) => (
                <span key={source.id}>
                  {i > 0 && ', '}
                  <SourceLink name={source.name} url={source.url} />
                </span>
              ))}
            </>
          )}
        </p>
        <div className="flex flex-wrap items-center gap-1">
          {row.topics.map((topic) => (
            <Badge key={topic.id}>{topic.label}</Badge>
          ))}
          <Badge tone={toneBadge[quote.tone]} title="Tone">
            {quote.tone}
          </Badge>
          <span className="ml-auto flex items-center gap-1">
            {onToggleFollow && person && (
              <button
                type="button"
                className="btn"
                tabIndex={active ? 0 : -1}
                aria-pressed={speakerFollowed}
                aria-label={`Follow ${person.name}`}
                onClick={() => onToggleFollow(person.id)}
              >
                {speakerFollowed ? '★ Following' : '☆ Follow'}
              </button>
            )}
            <button
              type="button"
              className="btn"
              tabIndex={active ? 0 : -1}
              aria-label={`Copy quote by ${row.speakerName} with attribution`}
              onClick={() => onCopy(row)}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
            <a
              href={href}
              className="btn"
              tabIndex={active ? 0 : -1}
              aria-label={`Link to this quote by ${row.speakerName}`}
              onClick={(event) => {
                if (
                  event.metaKey ||
                  event.ctrlKey ||
                  event.shiftKey ||
                  event.altKey ||
                  event.button !== 0
                )
                  return
                event.preventDefault()
                onOpenLink(row)
              }}
            >
              Link
            </a>
          </span>
        </div>
      </div>
    </div>
  )
})
