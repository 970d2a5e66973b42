import { memo, useRef } from 'react'
import type { Tone } from '../../feed/schemas/types'
import { Badge } from '../../components/badge'
import { SourceLink } from '../../components/source-link'
import { useMarkSeenWhenVisible } from '../../hooks/use-mark-seen-when-visible'
import { HighlightedText } from './highlighted-text'
import type { QuoteRow } from './quote-rows'
import { SideIcon, sideTextClass } from './side-icon'
import { LocalPlace, SaidAt } from './quote-when-where'
import { QuoteOneLine } from './quote-one-line'
import { QuoteCardActions } from './quote-card-actions'
import { QuoteText } from './quote-text'
import { TopicBadge } from './topic-badge'

const toneBadge: Record<Tone, 'good' | 'neutral' | 'warn' | 'danger' | 'accent'> = {
  upbeat: 'good',
  positive: 'good',
  neutral: 'neutral',
  cautious: 'warn',
  'hard-line': 'danger',
}

type QuoteCardProps = {
  row: QuoteRow
  /** The card's frame (border, padding), set by the list. */
  className?: string
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

/**
 * Shown while the row (li[data-quote-id]) does not hold the focus, hidden while it does, and the
 * reverse. On paper, where no row can be opened, every row is the whole card.
 */
const whileUnfocused =
  '[[data-quote-id]:is(:focus-within,[aria-current=true])_&]:hidden print:!hidden'
const whileFocused =
  'hidden [[data-quote-id]:is(:focus-within,[aria-current=true])_&]:flex print:!flex'

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
  className,
}: QuoteCardProps) {
  const { quote, person, party } = row
  const approximate = quote.saidAtPrecision === 'approximate'
  const headingId = `quote-${quote.id}-speaker`
  const ref = useRef<HTMLDivElement>(null)
  useMarkSeenWhenVisible(ref, 'quote', quote.id, { enabled: isNew })
  const sideClass = sideTextClass(party)
  return (
    <div ref={ref} className={className}>
      {compact && (
        <QuoteOneLine
          row={row}
          zone={zone}
          terms={terms}
          isNew={isNew}
          className={whileUnfocused}
        />
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
            {!person && (
              <span
                className="text-warn"
                title={`The feed's quote names the speaker "${row.quote.personId}", whom its list of people does not have`}
              >
                {' '}
                (not in the feed’s people)
              </span>
            )}
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
        <QuoteText text={quote.text} lang={quote.lang} terms={terms} active={active} />
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
            <TopicBadge key={topic.id} topic={topic} />
          ))}
          <Badge tone={toneBadge[quote.tone]} title="Tone">
            {quote.tone}
          </Badge>
          <QuoteCardActions
            row={row}
            href={href}
            copied={copied}
            active={active}
            onCopy={onCopy}
            onOpenLink={onOpenLink}
            speakerFollowed={speakerFollowed}
            onToggleFollow={onToggleFollow}
          />
        </div>
      </div>
    </div>
  )
})
