import type { Quote } from '../../feed/schemas/types'
import { DisplayTime } from './display-time'
import { DatedAheadMark } from './dated-ahead-mark'
import { partyTone } from './labels'
import type { Lookups } from './lookups'
import type { QuoteRunEntry as Run } from './timeline-model'
import { openWallFiltered, wallFilterHref } from './quote-wall-link'
import { inPlace } from '../../lib/plain-click'
import { countOf, formatCount } from '../../lib/format-count'
import { QuotedText } from '../../components/quoted-text'

type Props = {
  entryKey: string
  run: Run
  zone: string
  /** The year of the page's now in the zone (see Zones). */
  yearNow?: string
  /** The page's now: a run whose last quote is dated after it says so (a clock mistake). */
  now: number
  lookups: Lookups
  selectedQuoteId: string | null
  topicMatch: boolean
  tabIndex: number
  hrefFor: (quoteId: string) => string
  onOpenQuote: (quoteId: string) => void
  isFollowed?: (quote: Quote) => boolean
}

/**
 * Many quotes in a row, folded (a big feed): the first speakers with one quote each, and
 * "+N more quotes" linking to the quote wall filtered to the run's time span.
 */
export function QuoteRunEntry({
  entryKey,
  run,
  zone,
  yearNow,
  now,
  lookups,
  selectedQuoteId,
  topicMatch,
  tabIndex,
  hrefFor,
  onOpenQuote,
  isFollowed,
}: Props) {
  const first = run.quotes[0]
  const last = run.quotes[run.quotes.length - 1] ?? first
  const span = { from: run.from, to: run.to }
  const selectedHere = selectedQuoteId !== null && run.quotes.some((q) => q.id === selectedQuoteId)
  return (
    <div
      data-roving-id={entryKey}
      className={`ml-3 border-l-2 border-dotted py-0.5 pl-3 text-xs ${selectedHere ? 'border-accent bg-raised' : topicMatch ? 'border-accent/60' : 'border-line'}`}
    >
      <p className="flex flex-wrap items-baseline gap-x-1.5 text-muted">
        <span aria-hidden="true">❝</span>
        <span className="font-medium">{formatCount(run.quotes.length)} quotes</span>
        <DatedAheadMark saidAt={run.to} now={now} lead="last" />
        <span>
          <DisplayTime
            start={first.saidAt}
            end={last.saidAt}
            startPrecision={first.saidAtPrecision}
            endPrecision={last.saidAtPrecision}
            zone={zone}
            yearNow={yearNow}
          />
        </span>
      </p>
      <ul className="space-y-0.5" aria-label={`${formatCount(run.quotes.length)} quotes in a row`}>
        {run.shown.map((group, i) => {
          const quote = group[0]
          const person = lookups.people.get(quote.personId)
          return (
            <li
              key={quote.id}
              className="min-w-0 truncate print:break-words print:whitespace-normal"
            >
              <span className={`font-medium ${person ? (partyTone[person.partyId] ?? '') : ''}`}>
                {person?.name ?? quote.personId}
              </span>
              {isFollowed?.(quote) && (
                <span className="text-accent">
                  {' '}
                  <span aria-hidden="true">★</span> Followed
                </span>
              )}
              {': '}
              <a
                href={hrefFor(quote.id)}
                tabIndex={i === 0 ? tabIndex : -1}
                data-roving-control=""
                {...(i === 0 ? { 'data-roving-head': '' } : {})}
                aria-current={quote.id === selectedQuoteId ? 'true' : undefined}
                onClick={inPlace(() => onOpenQuote(quote.id))}
                className="text-accent underline decoration-dotted underline-offset-2 hover:decoration-solid"
              >
                <QuotedText text={quote.text} lang={quote.lang} />
                <span className="sr-only"> (show on the quote wall)</span>
              </a>
            </li>
          )
        })}
        <li>
          <a
            href={wallFilterHref(window.location.search, span)}
            tabIndex={-1}
            data-roving-control=""
            onClick={(event) => openWallFiltered(event, span)}
            className="text-accent underline underline-offset-2"
          >
            +{countOf(run.hidden, 'more quote')}
            <span className="sr-only"> in this stretch, on the quote wall</span>
          </a>
        </li>
      </ul>
    </div>
  )
}
