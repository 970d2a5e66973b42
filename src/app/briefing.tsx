import { useQuery } from '@tanstack/react-query'
import type { MouseEvent } from 'react'
import {
  developmentsQueries,
  indexQueries,
  issuesQueries,
  marketsQueries,
  quotesQueries,
  sessionsQueries,
} from '../feed/queries'
import { roundSpans } from '../feed/round-spans'
import { noneReadable } from '../feed/unreadable-records'
import { BriefingStrip } from '../features/briefing/briefing-strip'
import { useTalksStatusInHeader } from './roomy-header'
import type {
  BriefingIssue,
  BriefingMoves,
  BriefingTalks,
  Loadable,
} from '../features/briefing/briefing-types'
import { useLastLookBaseline, useRememberPrices } from '../features/briefing/use-last-look'
import { issueStatusLabels } from '../features/timeline/labels'
import { currentRound } from '../features/timeline/talks-across-rounds'
import { describeFeedTalks } from '../features/timeline/feed-talks'
import { talksSign } from '../features/timeline/talks-now'
import { useChrome } from '../hooks/chrome-context'
import { useClock } from '../hooks/clock-context'
import { useDisplayZone } from '../hooks/use-display-zone'
import { useFeed } from '../hooks/use-feed'
import { useBriefingNews } from './use-briefing-news'
import { useSelection, useSelectionHref, type Selection } from '../hooks/use-selection'
import { formatClockBrief } from '../lib/format-clock-brief'
import { formatDateTime } from '../lib/format-time'
import { useDemo } from './demo-badge'
import { instrumentMoves, noNewPricesSince, roundStartOf, withPricesFrom } from './briefing-moves'
import { useBriefingSeries } from './use-briefing-series'
import { isPlainClick } from '../lib/plain-click'
import { loadable } from './briefing-parts'
import { usePrinting } from '../hooks/use-printing'
import { useDeferredQuery } from '../hooks/use-deferred-query'
import { revealRegion } from '../hooks/reveal-region'

/** The briefing strip, composed from the feed: talks, issues, moves, what is new. See BriefingStrip. */
export function Briefing() {
  const feed = useFeed()
  const { demo } = useDemo()
  const replay = feed.asOf !== null
  const { kiosk } = useChrome()
  const talksInHeader = useTalksStatusInHeader()
  // On paper, as on a wall screen: every issue and move in words, no buttons.
  const printing = usePrinting()
  const { now } = useClock(1000)
  const [zone] = useDisplayZone()
  const { selection, selectEvent, selectTopic } = useSelection()
  const hrefFor = useSelectionHref()
  const index = useQuery(indexQueries.detail(feed))
  const sessions = useQuery(sessionsQueries.list(feed))
  const issues = useQuery(issuesQueries.list(feed))
  const markets = useQuery(marketsQueries.list(feed))
  const quotes = useDeferredQuery(quotesQueries.list(feed))
  const developments = useDeferredQuery(developmentsQueries.list(feed))
  const instruments = markets.data?.instruments
  const series = useBriefingSeries(feed, instruments)

  const rounds = index.data?.rounds
  const talks = loadable<BriefingTalks>(
    index.error ? index : sessions,
    () => {
      const described = describeFeedTalks(index.data, sessions.data!, now, zone)
      return { sign: talksSign(described), text: described.text }
    },
    index.error ? 'feed index' : 'sessions',
    !index.error && noneReadable(sessions.data, 'sessions'),
  )
  const round =
    rounds && sessions.data ? currentRound(roundSpans(rounds, sessions.data.sessions), now) : null
  const roundStart = roundStartOf(round, Boolean(rounds && sessions.data), {
    index: Boolean(index.error),
    sessions: Boolean(sessions.error),
  })

  const baselineLook = useLastLookBaseline(feed.baseUrl)
  const moves = instruments
    ? instrumentMoves(
        instruments,
        series,
        now,
        roundStart,
        replay ? null : (baselineLook?.prices ?? null),
      )
    : null
  const settled =
    instruments !== undefined && series.every((s) => s.series !== undefined || s.error)
  useRememberPrices(feed.baseUrl, !replay && settled ? moves : null, now)

  const looked = baselineLook && !replay ? formatClockBrief(baselineLook.at, zone, now) : null
  const unchanged =
    !replay &&
    baselineLook !== null &&
    moves !== null &&
    noNewPricesSince(
      moves,
      series.every((s) => s.series !== undefined),
      baselineLook.prices,
    )
  const movesPart: Loadable<BriefingMoves> = loadable(
    markets,
    () => ({
      roundName: round && round.start !== null && round.start <= now ? round.round.name : null,
      lookedAt: unchanged ? null : looked,
      unchangedSince: unchanged ? looked : null,
      replay,
      rows: (moves ?? []).map((move) => withPricesFrom(move, zone)),
    }),
    'market instruments',
    noneReadable(markets.data, 'instruments'),
  )
  const issuesPart = loadable<BriefingIssue[]>(
    issues,
    () =>
      issues.data!.issues.map((issue) => ({
        id: issue.id,
        title: issue.title,
        topicId: issue.topicId,
        ...issueStatusLabels[issue.status],
      })),
    'issues',
    noneReadable(issues.data, 'issues'),
  )

  const link = (kind: 'quote' | 'development', hash: string) => (id: string) =>
    hrefFor({ kind, id }, hash)
  const quoteNews = useBriefingNews(
    'quote',
    quotes.data?.quotes,
    'saidAt',
    quotes.isError,
    replay,
    link('quote', '#quotes'),
  )
  const developmentNews = useBriefingNews(
    'development',
    developments.data?.developments,
    'at',
    developments.isError,
    replay,
    link('development', '#timeline'),
  )

  const open = (
    event: MouseEvent<HTMLAnchorElement>,
    target: Selection['event'],
    regionId: 'quotes' | 'timeline',
  ) => {
    if (!target || !isPlainClick(event)) return
    event.preventDefault()
    selectEvent(target)
    revealRegion(regionId)
  }
  const firstQuote = quoteNews.first
  const firstDevelopment = developmentNews.first

  return (
    <BriefingStrip
      talks={talks}
      issues={issuesPart}
      moves={movesPart}
      newQuotes={quoteNews.news}
      newDevelopments={developmentNews.news}
      selectedTopic={selection.topic}
      interactive={!kiosk && !printing}
      talksInHeader={talksInHeader}
      replay={replay}
      copyHeading={() =>
        `${index.data?.title ?? 'The talks'}, ${replay ? 'replayed at' : 'as of'} ${formatDateTime(now, zone, undefined, now)}${demo ? ' (demo data)' : ''}`
      }
      onSelectTopic={selectTopic}
      onOpenQuotes={(event) =>
        open(event, firstQuote ? { kind: 'quote', id: firstQuote } : null, 'quotes')
      }
      onOpenDevelopments={(event) =>
        open(
          event,
          firstDevelopment ? { kind: 'development', id: firstDevelopment } : null,
          'timeline',
        )
      }
    />
  )
}
