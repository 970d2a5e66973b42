import { memo } from 'react'
import type { Quote } from '../../feed/schemas/types'
import type { Selection } from '../../hooks/use-selection'
import { DevelopmentEntry } from './development-entry'
import { NowLine } from './now-line'
import { QuoteMarkerEntry } from './quote-marker-entry'
import { QuoteRunEntry } from './quote-run-entry'
import { RoundHead } from './round-head'
import { MoreEntries } from './more-entries'
import { UnlistedRoundHead } from './unlisted-round-head'
import { SessionEntry } from './session-entry'
import { entryHasTopic, type TimelineEntry } from './timeline-model'
import type { ListsFailed, TimelineListProps } from './timeline-list-props'

const noneFailed: ListsFailed = { sessions: false, developments: false }

const noQuotes: Quote[] = []

type Props = {
  entry: TimelineEntry
  list: TimelineListProps
  tabIndex: number
  quotesBySession: ReadonlyMap<string, Quote[]>
}

/**
 * One entry of the timeline, drawn by its kind: now line, round, session, development, quotes.
 * Memoised: the list renders again whenever its virtualizer moves or measures rows.
 */
export const TimelineEntryView = memo(function TimelineEntryView({
  entry,
  list,
  tabIndex,
  quotesBySession,
}: Props) {
  const { selection, lookups } = list
  const selectedQuoteId = selection.event?.kind === 'quote' ? selection.event.id : null
  const toggle = (event: NonNullable<Selection['event']>) =>
    list.onSelect(
      selection.event?.kind === event.kind && selection.event.id === event.id ? null : event,
    )
  const topic = selection.topic

  // What every entry that can be focused and matched takes.
  const common = {
    entryKey: entry.key,
    lookups,
    topicMatch: topic !== null && entryHasTopic(entry, topic),
    tabIndex,
  }
  const quoteLinks = {
    selectedQuoteId,
    hrefFor: list.quoteHref,
    onOpenQuote: list.onOpenQuote,
    isFollowed: list.isFollowed,
  }
  const selected = (kind: 'session' | 'development', id: string) =>
    selection.event?.kind === kind && selection.event.id === id
  switch (entry.kind) {
    case 'now':
      return (
        <NowLine
          sessions={list.sessions}
          heldBack={list.sessionsHeldBack}
          sessionsFailed={list.failed?.sessions ?? false}
          rounds={list.rounds}
          zone={list.displayZone}
        />
      )
    case 'round':
      return (
        <RoundHead
          entry={entry}
          now={list.now}
          zone={list.displayZone}
          tabIndex={tabIndex}
          quotes={list.quotesState}
          failed={list.failed ?? noneFailed}
          onToggle={() => list.onToggleRound(entry.span.round.id, !entry.open)}
        />
      )
    case 'unlisted':
      return <UnlistedRoundHead entry={entry} />
    case 'more':
      return (
        <MoreEntries
          entry={entry}
          step={list.moreStep}
          tabIndex={tabIndex}
          onShowMore={() => list.onShowMore(entry.roundId)}
        />
      )
    case 'session':
      return (
        <SessionEntry
          {...common}
          session={entry.session}
          status={entry.status}
          zones={list.zonesFor(entry.session.roundId)}
          quotes={quotesBySession.get(entry.session.id) ?? noQuotes}
          quotesState={list.quotesState}
          replay={list.replayMoment !== null}
          selected={selected('session', entry.session.id)}
          selectedTopic={topic}
          onSelect={() => toggle({ kind: 'session', id: entry.session.id })}
          onSelectTopic={list.onSelectTopic}
        />
      )
    case 'development':
      return (
        <DevelopmentEntry
          {...common}
          development={entry.development}
          zones={list.zonesFor(entry.development.roundId)}
          selected={selected('development', entry.development.id)}
          selectedTopic={topic}
          onSelect={() => toggle({ kind: 'development', id: entry.development.id })}
          onSelectTopic={list.onSelectTopic}
          isNew={list.newDevelopmentIds?.has(entry.development.id) ?? false}
          followed={list.isFollowed?.(entry.development) ?? false}
        />
      )
    case 'quotes':
      return (
        <QuoteMarkerEntry
          {...common}
          {...quoteLinks}
          quotes={entry.quotes}
          zones={list.zonesForQuote(entry.quotes[0])}
          now={list.now}
        />
      )
    case 'quote-run':
      return (
        <QuoteRunEntry
          {...common}
          {...quoteLinks}
          run={entry}
          zone={list.displayZone}
          yearNow={list.yearNow}
          now={list.now}
        />
      )
  }
})
