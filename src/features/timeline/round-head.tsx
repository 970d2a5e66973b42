import type { RoundEntry } from './timeline-model'
import { formatDate } from '../../lib/format-time'
import type { QuotesState } from './quotes-state'
import { missingWords } from '../../lib/missing-words'
import { countOf } from '../../lib/format-count'
import type { ListsFailed } from './timeline-list-props'
import { statusAt } from './talks-now'
import { sessionStatusLabels } from './labels'
import { isCancelledRound } from './cancelled-round'

type Props = {
  entry: RoundEntry
  now: number
  /** The zone the page's times are in: the round's dates are stated in it. */
  zone: string
  tabIndex: number
  /** Whether the quotes loaded: the count leaves them out otherwise, and says so. */
  quotes: QuotesState
  /** Lists that failed to load: the count leaves them out, and says so; without the sessions, a
   * round's dates and state are only what the feed's index gives. */
  failed: ListsFailed
  onToggle: () => void
}

function roundState(
  entry: RoundEntry,
  now: number,
  sessionsFailed: boolean,
): { icon: string; word: string; tone: string } {
  const { start, sessions } = entry.span
  if (isCancelledRound(entry.span)) return sessionStatusLabels.cancelled
  if (isOver(entry, now)) return { icon: '✓', word: 'Concluded', tone: 'text-muted' }
  if (start !== null && start > now) return { icon: '◷', word: 'Upcoming', tone: 'text-accent' }
  // Without its sessions, a started round with no end of its own may have ended.
  if (sessionsFailed) return { icon: '?', word: 'State unknown', tone: 'text-muted' }
  // Started, with nothing running or to come but a session put off: the round waits on it.
  const states = sessions.map((session) => statusAt(session, now))
  if (
    states.includes('postponed') &&
    !states.includes('in-session') &&
    !states.includes('scheduled')
  )
    return sessionStatusLabels.postponed
  if (start !== null) return { icon: '●', word: 'Under way', tone: 'text-good' }
  return { icon: '◷', word: 'Dates not announced', tone: 'text-muted' }
}

/**
 * Over by the data: its end has passed, or, with no end of its own, every one of its sessions is
 * concluded or cancelled, one at least concluded (the feed said so of the last without giving its
 * end time). A replay reads such a session as running until its end is known, so this never gives
 * away a round's end early.
 */
function isOver(entry: RoundEntry, now: number): boolean {
  const { end, sessions } = entry.span
  if (end !== null) return end <= now
  const states = sessions.map((session) => statusAt(session, now))
  return (
    states.includes('concluded') &&
    states.every((state) => state === 'concluded' || state === 'cancelled')
  )
}

/**
 * "12 May 2025 – 13 May 2025" in the page's zone (the entries under it are dated there: a round in
 * Tokyo that ended on the 10th there ended on the 9th in London); one date for a one-day round.
 */
function roundDates(entry: RoundEntry, zone: string, sessionsFailed: boolean): string {
  const { start, end } = entry.span
  const unknown = sessionsFailed ? 'unavailable' : 'not announced'
  if (start === null) return `dates ${unknown}`
  const from = formatDate(start, zone)
  // Called off: the sessions give no end, and none is to be announced.
  if (isCancelledRound(entry.span)) return `planned from ${from}`
  if (end === null) return `from ${from}, end ${unknown}`
  const to = formatDate(end, zone)
  return from === to ? from : `${from} – ${to}`
}

/** "no sessions or developments", naming only the lists that loaded (one at least did). */
function noneOf(failed: ListsFailed): string {
  const loaded = [!failed.sessions && 'sessions', !failed.developments && 'developments']
  return `no ${loaded.filter(Boolean).join(' or ')}`
}

/** A round's head in the timeline: name, place, dates, outcome; the button opens or closes its entries. */
export function RoundHead({ entry, now, zone, tabIndex, quotes, failed, onToggle }: Props) {
  const notIn = [
    ...(failed.sessions ? [{ what: 'sessions', failed: true }] : []),
    ...(failed.developments ? [{ what: 'developments', failed: true }] : []),
    ...(quotes.loaded ? [] : [{ what: 'quotes', failed: quotes.failed }]),
  ]
  const missing = notIn.length === 0 ? null : missingWords(notIn)
  const { round } = entry.span
  const state = roundState(entry, now, failed.sessions)
  const place = round.venue ? `${round.venue}, ${round.location}` : round.location
  return (
    <div
      data-roving-id={entry.key}
      className={`rounded border-b-2 ${entry.current ? 'border-accent' : 'border-line'} bg-raised px-2 py-1`}
    >
      <h3 className="text-sm">
        <button
          type="button"
          data-roving-head=""
          data-roving-control=""
          tabIndex={tabIndex}
          aria-expanded={entry.open}
          onClick={onToggle}
          className="flex w-full flex-wrap items-baseline gap-x-2 text-left"
        >
          <span aria-hidden="true" className="w-3 text-muted">
            {entry.open ? '▾' : '▸'}
          </span>
          <span className="font-semibold">{round.name}</span>
          <span className={`text-xs font-medium ${state.tone}`}>
            <span aria-hidden="true">{state.icon} </span>
            {state.word}
          </span>
          <span className="text-xs text-muted">
            {place} · {roundDates(entry, zone, failed.sessions)}
          </span>
          <span className="ml-auto text-xs text-muted">
            {entry.count === 0
              ? missing === null
                ? 'nothing in the feed yet'
                : `${noneOf(failed)}; ${missing}`
              : `${countOf(entry.count, 'item')}${missing === null ? '' : ` (${missing})`}`}
            {/* On paper a folded round cannot be opened: it says its entries are left out. */}
            {!entry.open && entry.count > 0 && (
              <span className="hidden print:inline">; folded on screen, not printed</span>
            )}
          </span>
        </button>
      </h3>
      {/* An outcome is hindsight: shown once the round is over by the data (a replay of the round has no end yet). */}
      {round.outcome && isOver(entry, now) && (
        <p className="pl-5 text-xs">
          <span className="font-semibold text-muted">Outcome: </span>
          {round.outcome}
        </p>
      )}
    </div>
  )
}
