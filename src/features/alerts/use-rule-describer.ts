import { sessionLabel } from '../../feed/session-label'
import { formatMoveSize } from '../../lib/move-unit'
import { shortenText } from '../../lib/shorten-text'
import type { AlertRule, EventRef } from './alert-rules'
import { isGone, type ListedIds } from './gone-from-feed'
import { useFeed } from '../../hooks/use-feed'
import { useAlertFeed } from './use-alert-feed'
import { useFeedListing } from './use-feed-listing'
import { useNewDate } from './use-new-date'

const level = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 })

/** After the name of what a rule names that the feed no longer lists (`goneFromFeed`). */
const gone = '(no longer in the feed: this alert will not fire)'

/**
 * A rule in words, with the feed's names for its instrument, session or event ("since London, Day
 * 2", "since “China's May exports to the US down 34.5%”"); an id while its list is not in.
 */
export function useRuleDescriber() {
  const alertFeed = useAlertFeed()
  const { markets, sessions, developments, quotes, index: indexQuery } = alertFeed
  const listing = useFeedListing(alertFeed)
  const index = indexQuery.data
  const rounds = index?.rounds ?? []
  const newDate = useNewDate()
  const found = (id: string) => markets.data?.instruments.find((i) => i.id === id)
  // Named by its id while its list loads, failed or has records that could not be read; once the
  // list is in whole without it, said so: the rule cannot fire until the feed lists it again.
  // `said`: the rule already said it will not fire (its instrument is gone too).
  const missing = (id: string, listed: ListedIds, what = id, said = false) =>
    isGone(id, listed) ? `${what} ${said ? '(no longer in the feed)' : gone}` : what
  // In replay, a list read in whole but cut to the replayed moment lacks what came later: named by
  // its id (its name would tell what was not known yet), and said to come later.
  const replaying = useFeed().asOf !== null
  const notYet = (what: string, list: unknown) =>
    replaying && list !== undefined ? `${what} (not yet in the feed at the replayed moment)` : null
  const instrument = (id: string) => found(id)?.shortName ?? missing(id, listing.instruments)
  const session = (id: string, said = false) => {
    const found = sessions.data?.sessions.find((s) => s.id === id)
    if (found) return sessionLabel(found, rounds)
    return notYet(id, sessions.data) ?? missing(id, listing.sessions, id, said)
  }
  // A session alert on one postponed or cancelled: said, for it cannot fire at the planned times.
  const calledOffNote = (id: string | null) => {
    const status = sessions.data?.sessions.find((s) => s.id === id)?.status
    return status === 'cancelled'
      ? ' (cancelled: this alert will not fire)'
      : status === 'postponed'
        ? ' (postponed: no alert until the feed lists it as going ahead)'
        : ''
  }
  // A move since a session called off: said, for it has no start to measure from, or a new one;
  // only the fact once the rule `said` it will not fire (its instrument is gone).
  const sinceNote = ({ kind, id }: EventRef, said: boolean) => {
    const found = kind === 'session' ? sessions.data?.sessions.find((s) => s.id === id) : undefined
    if (found?.status === 'cancelled')
      return said ? ' (cancelled)' : ' (cancelled: this alert will not fire)'
    if (found?.status !== 'postponed') return ''
    const date = newDate(found)
    if (date !== null) return ` (postponed: measured from its new start, ${date})`
    return said
      ? ' (postponed, new date not announced)'
      : ' (postponed, new date not announced: no alert until there is one)'
  }
  const event = ({ kind, id }: EventRef, said: boolean) => {
    if (kind === 'session') return session(id, said)
    if (kind === 'development') {
      const found = developments.data?.developments.find((d) => d.id === id)
      if (found) return `“${found.title}”`
      const what = `the development ${id}`
      return notYet(what, developments.data) ?? missing(id, listing.developments, what, said)
    }
    const found = quotes.data?.quotes.find((q) => q.id === id)
    if (!found)
      return (
        notYet(`the quote ${id}`, quotes.data) ??
        missing(id, listing.quotes, `the quote ${id}`, said)
      )
    const speaker = index?.people.find((p) => p.id === found.personId)?.name ?? found.personId
    return `${speaker}’s “${shortenText(found.text, 60)}”`
  }
  const since = (rule: { instrumentId: string; since: EventRef }) => {
    const said = isGone(rule.instrumentId, listing.instruments)
    return `since ${event(rule.since, said)}${sinceNote(rule.since, said)}`
  }
  return (rule: AlertRule): string => {
    switch (rule.kind) {
      case 'level':
        return `${instrument(rule.instrumentId)} goes ${rule.direction} ${level.format(rule.level)}`
      case 'move':
        return `${instrument(rule.instrumentId)} moves ${formatMoveSize(rule.percent, rule.unit ?? '%', found(rule.instrumentId))} either way ${since(rule)}`
      case 'sigma':
        return `${instrument(rule.instrumentId)} moves ${rule.sigma} sigma either way ${since(rule)}`
      case 'session':
        return `${rule.sessionId === null ? 'Any session' : session(rule.sessionId)} ${rule.edge === 'both' ? 'starts or ends' : rule.edge === 'start' ? 'starts' : 'ends'}${calledOffNote(rule.sessionId)}`
      case 'followed':
        return 'A person or topic I follow has a new quote or development'
    }
  }
}
