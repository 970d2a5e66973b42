import type { Quote } from '../../feed/schemas/types'
import { DisplayTime } from './display-time'
import { OtherZoneTimes } from './other-zone-times'
import { DatedAheadMark } from './dated-ahead-mark'
import { partyTone } from './labels'
import type { Lookups } from './lookups'
import type { Zones } from './timeline-time'
import { openWallFiltered, wallFilterHref } from './quote-wall-link'
import { inPlace } from '../../lib/plain-click'
import { countOf } from '../../lib/format-count'
import { QuotedText } from '../../components/quoted-text'

/** Quote links one marker shows; the rest are a "+N more" link to the wall. */
export const markerQuoteCap = 3

type Props = {
  entryKey: string
  quotes: readonly [Quote, ...Quote[]]
  zones: Zones
  /** The page's now: a quote dated after it is marked as a clock mistake. */
  now: number
  lookups: Lookups
  selectedQuoteId: string | null
  topicMatch: boolean
  tabIndex: number
  hrefFor: (quoteId: string) => string
  onOpenQuote: (quoteId: string) => void
  /** Whether a quote is by a followed person or on a followed topic. */
  isFollowed?: (quote: Quote) => boolean
}

/** Small markers for what one person said at one moment; each links to the quote on the quote wall. */
export function QuoteMarkerEntry(props: Props) {
  const { quotes, zones, lookups } = props
  const first = quotes[0]
  const person = lookups.people.get(first.personId)
  const selectedHere = quotes.some((q) => q.id === props.selectedQuoteId)
  const followed = props.isFollowed ? quotes.some(props.isFollowed) : false
  // The selected quote stays visible even beyond the cap.
  const shown = quotes.filter((q, i) => i < markerQuoteCap || q.id === props.selectedQuoteId)
  const hidden = quotes.length - shown.length
  const at = Date.parse(first.saidAt)
  const more = { from: at, to: at, speaker: first.personId }
  return (
    <div
      data-roving-id={props.entryKey}
      className={`ml-3 border-l-2 border-dotted py-0.5 pl-3 text-xs ${selectedHere ? 'border-accent bg-raised' : props.topicMatch ? 'border-accent/60' : 'border-line'}`}
    >
      <p className="flex flex-wrap items-baseline gap-x-1.5 text-muted">
        <span aria-hidden="true">❝</span>
        <span className="sr-only">
          {quotes.length === 1 ? 'Quote' : `${quotes.length} quotes`} by
        </span>
        <span className={`font-medium ${person ? (partyTone[person.partyId] ?? '') : ''}`}>
          {person?.name ?? first.personId}
        </span>
        <span>· {first.setting} ·</span>
        <DatedAheadMark saidAt={at} now={props.now} />
        <DisplayTime
          start={first.saidAt}
          startPrecision={first.saidAtPrecision}
          zone={zones.display}
          yearNow={zones.yearNow}
        />
        <OtherZoneTimes start={first.saidAt} startPrecision={first.saidAtPrecision} zones={zones} />
        {followed && (
          <span className="font-medium text-accent">
            <span aria-hidden="true">★</span> Followed
          </span>
        )}
      </p>
      <ul
        className="flex flex-wrap gap-x-2"
        aria-label={`Quotes by ${person?.name ?? first.personId}`}
      >
        {/* A long quote reads in full on the wall the marker links to. Positioned, so the cut
            also clips the link's screen-reader text, which would leave blank space below. */}
        {shown.map((quote, i) => (
          <li
            key={quote.id}
            className="relative min-w-0 line-clamp-4 break-words print:line-clamp-none"
          >
            <a
              href={props.hrefFor(quote.id)}
              tabIndex={i === 0 ? props.tabIndex : -1}
              data-roving-control=""
              {...(i === 0 ? { 'data-roving-head': '' } : {})}
              aria-current={quote.id === props.selectedQuoteId ? 'true' : undefined}
              onClick={inPlace(() => props.onOpenQuote(quote.id))}
              className="text-accent underline decoration-dotted underline-offset-2 hover:decoration-solid"
            >
              <QuotedText text={quote.text} lang={quote.lang} />
              <span className="sr-only"> (show on the quote wall)</span>
            </a>
          </li>
        ))}
        {hidden > 0 && (
          <li>
            <a
              href={wallFilterHref(window.location.search, more)}
              tabIndex={-1}
              data-roving-control=""
              onClick={(event) => openWallFiltered(event, more)}
              className="text-accent underline underline-offset-2"
            >
              +{countOf(hidden, 'more quote')}
              <span className="sr-only">
                {' '}
                by {person?.name ?? first.personId} on the quote wall
              </span>
            </a>
          </li>
        )}
      </ul>
    </div>
  )
}
