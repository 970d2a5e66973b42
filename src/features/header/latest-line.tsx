import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { developmentsQueries, indexQueries, quotesQueries } from '../../feed/queries'
import { useFeed } from '../../hooks/use-feed'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { formatDateTime } from '../../lib/format-time'
import { missingWords } from '../../lib/missing-words'
import { useDeferredQuery } from '../../hooks/use-deferred-query'
import { hasUnreadable, noneReadable } from '../../feed/unreadable-records'
import { quoted } from '../../lib/quote-marks'
import { useNow } from '../../hooks/clock-context'

/**
 * One line on screen: the item is cut, with its whole in the tooltip (whole on paper, which has
 * none); what was not refreshed after it is never cut.
 */
const lineClass =
  '@container/latest flex min-w-[min(12rem,100%)] flex-1 items-baseline text-xs text-muted print:block'
const cutClass = 'min-w-0 truncate print:!overflow-visible print:!whitespace-normal'

/**
 * The newest development or quote up to now, one line, with its time: what changed last (one dated
 * later, by a wrong offset most often, has not happened yet). "Latest" only when
 * both lists loaded; with one missing it says which kind it is and that the other is unavailable.
 * When some records could not be read, one of them may be newer: the label says so.
 */
export function LatestLine() {
  const feed = useFeed()
  const [zone] = useDisplayZone()
  const index = useQuery(indexQueries.detail(feed))
  const quotes = useDeferredQuery(quotesQueries.list(feed))
  const developments = useDeferredQuery(developmentsQueries.list(feed))
  const now = useNow(15_000)
  // One pass over every quote and development up to `limit` (a long feed holds thousands).
  const newestUpTo = useCallback(
    (limit: number) => {
      let newest: {
        at: string
        time: number
        precision: 'exact' | 'approximate'
        text: () => string
      } | null = null
      for (const q of quotes.data?.quotes ?? []) {
        const time = Date.parse(q.saidAt)
        if (time <= limit && (newest === null || time > newest.time))
          newest = {
            at: q.saidAt,
            time,
            precision: q.saidAtPrecision,
            text: () =>
              `${index.data?.people.find((p) => p.id === q.personId)?.name ?? q.personId}: ${quoted(q.text, q.lang)}`,
          }
      }
      for (const d of developments.data?.developments ?? []) {
        const time = Date.parse(d.at)
        if (time <= limit && (newest === null || time > newest.time))
          newest = { at: d.at, time, precision: d.atPrecision, text: () => d.title }
      }
      return newest === null
        ? null
        : { at: newest.at, time: newest.time, precision: newest.precision, text: newest.text() }
    },
    [quotes.data, developments.data, index.data],
  )
  // Passed again only when the lists change; the clock's ticks rescan only while the newest item
  // is dated after now.
  const newest = useMemo(() => newestUpTo(Infinity), [newestUpTo])
  const latest = useMemo(
    () => (newest !== null && newest.time > now ? newestUpTo(now) : newest),
    [newest, newestUpTo, now],
  )
  // A list none of whose records could be read counts as unavailable: its latest is unknown. A
  // list whose refresh failed keeps what it had on screen: still in, marked as not refreshed.
  const quotesIn = quotes.data !== undefined && !noneReadable(quotes.data, 'quotes')
  const developmentsIn =
    developments.data !== undefined && !noneReadable(developments.data, 'developments')
  const quotesFailed = !quotesIn && (quotes.isError || quotes.data !== undefined)
  const developmentsFailed =
    !developmentsIn && (developments.isError || developments.data !== undefined)
  const notRefreshed = [
    quotesIn && quotes.isError ? 'quotes' : null,
    developmentsIn && developments.isError ? 'developments' : null,
  ].filter((what) => what !== null)
  const staleWords = `${notRefreshed.join(' and ')} not refreshed`
  const stale =
    notRefreshed.length > 0 ? (
      <span className="shrink-0 pl-1 whitespace-nowrap text-warn" title={staleWords}>
        <span className="sr-only">· {staleWords}</span>
        {/* In a narrow line (a phone) the short words; which lists, in the tooltip. */}
        <span aria-hidden="true" className="@[36rem]/latest:hidden print:hidden">
          · not refreshed
        </span>
        <span aria-hidden="true" className="hidden @[36rem]/latest:inline print:inline">
          · {staleWords}
        </span>
      </span>
    ) : null
  if (!quotesIn && !developmentsIn) {
    if (quotesFailed && developmentsFailed)
      return (
        <p className={lineClass}>
          <span className={cutClass}>Latest: quotes and developments unavailable</span>
        </p>
      )
    return null
  }
  const label =
    quotesIn && developmentsIn ? 'Latest' : quotesIn ? 'Latest quote' : 'Latest development'
  const unreadable = [
    quotesIn && hasUnreadable(quotes.data.problems, 'quotes') ? 'quotes' : null,
    developmentsIn && hasUnreadable(developments.data.problems, 'developments')
      ? 'developments'
      : null,
  ].filter((what) => what !== null)
  const qualifier =
    unreadable.length > 0 ? ` of those read (some ${unreadable.join(' and ')} unreadable)` : ''
  const missing = !quotesIn
    ? ` · ${missingWords([{ what: 'quotes', failed: quotesFailed }])}`
    : !developmentsIn
      ? ` · ${missingWords([{ what: 'developments', failed: developmentsFailed }])}`
      : ''
  if (!latest) {
    return (
      <p className={lineClass}>
        <span className={cutClass}>
          <span className="font-semibold text-ink">{label}</span>
          {qualifier} · nothing reported yet{missing}
        </span>
        {stale}
      </p>
    )
  }
  return (
    <p className={lineClass} title={latest.text}>
      <span className={cutClass}>
        <span className="font-semibold text-ink">{label}</span>
        {qualifier} · {formatDateTime(latest.at, zone, latest.precision, now)} ·{' '}
        <span className="text-ink">{latest.text}</span>
        {missing && <span>{missing}</span>}
      </span>
      {stale}
    </p>
  )
}
