import { indexAtOrBefore } from '../lib/rebase'
import { sessionLabel, type RoundNames } from './session-label'
import { isCalledOff } from './called-off'
import type { Development, Person, Quote, Session } from './schemas/types'

/** A moment a replay can jump to: something in the feed happened then. */
export type ReplayEvent = { t: number; label: string }

const at = (iso: string) => Date.parse(iso)

function shortQuote(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text
}

/**
 * Every dated moment of the feed in time order, one per instant (the first record's words, with
 * how many more happened then): sessions' starts and ends (a called-off one's planned start, said
 * so), developments, quotes. Pure.
 */
export function replayEvents(records: {
  sessions: readonly Session[]
  developments: readonly Development[]
  quotes: readonly Quote[]
  rounds: readonly RoundNames[]
  people: readonly Pick<Person, 'id' | 'name'>[]
}): ReplayEvent[] {
  const names = new Map(records.people.map((person) => [person.id, person.name]))
  const all: ReplayEvent[] = []
  for (const session of records.sessions) {
    const name = sessionLabel(session, records.rounds)
    if (isCalledOff(session)) {
      all.push({ t: at(session.start), label: `${name} was to begin (${session.status})` })
      continue
    }
    all.push({ t: at(session.start), label: `${name} begins` })
    if (session.end) all.push({ t: at(session.end), label: `${name} ends` })
  }
  for (const development of records.developments)
    all.push({ t: at(development.at), label: development.title })
  for (const quote of records.quotes)
    all.push({
      t: at(quote.saidAt),
      label: `${names.get(quote.personId) ?? quote.personId}: “${shortQuote(quote.text)}”`,
    })
  const sorted = all.filter((event) => Number.isFinite(event.t)).sort((a, b) => a.t - b.t)
  const events: ReplayEvent[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i + 1
    while (j < sorted.length && sorted[j]!.t === sorted[i]!.t) j++
    const more = j - i - 1
    events.push(
      more > 0 ? { t: sorted[i]!.t, label: `${sorted[i]!.label} (+${more} more)` } : sorted[i]!,
    )
    i = j
  }
  return events
}

/** The first event after t, or null. */
export function eventAfter(events: readonly ReplayEvent[], t: number): ReplayEvent | null {
  return events[indexAtOrBefore(events, t) + 1] ?? null
}

/** The last event before t, or null. */
export function eventBefore(events: readonly ReplayEvent[], t: number): ReplayEvent | null {
  return events[indexAtOrBefore(events, t - 1)] ?? null
}
