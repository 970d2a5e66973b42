import { sessionLabel } from '../../feed/session-label'
import type { FeedIndex, Party, Person, Quote, Session } from '../../feed/schemas/types'
import { normalizeText, searchTerms } from '../../lib/normalize-text'
import type { QuoteFilters } from './quote-rows'

/** Everyone with at least one quote. */
export function quotedPeople(quotes: readonly Quote[]): Set<string> {
  return new Set(quotes.map((q) => q.personId))
}

/** A delegation lead with no quote in the feed, and the sessions they lead (named outside their round). */
export type UnquotedLead = {
  person: Person
  party: Party | undefined
  sessions: { id: string; roundId: string; title: string }[]
  /** Name, role and organisation, for the search. */
  haystack: string
}

/** sessionTitles: the sessions as named outside their round ("London, Day 2"). */
export type SilentLead = { person: Person; party: Party | undefined; sessionTitles: string[] }

/**
 * People who lead a delegation in a session and have no quote in the feed, in the order they first
 * lead. Once per feed version: each session is named once, however many leads it has.
 */
export function unquotedLeads(
  sessions: readonly Session[],
  quoted: ReadonlySet<string>,
  index: FeedIndex,
): UnquotedLead[] {
  const people = new Map(index.people.map((p) => [p.id, p]))
  const parties = new Map(index.parties.map((p) => [p.id, p]))
  const leads = new Map<string, UnquotedLead>()
  for (const session of sessions) {
    // A cancelled session is led by no one; a postponed one, like a scheduled one, is still to come.
    if (session.status === 'cancelled') continue
    let title: string | undefined
    for (const delegation of session.delegations) {
      for (const id of delegation.leadPersonIds) {
        const person = people.get(id)
        if (!person || quoted.has(id)) continue
        let lead = leads.get(id)
        if (!lead) {
          const haystack = normalizeText(`${person.name}\n${person.role}\n${person.organisation}`)
          lead = { person, party: parties.get(person.partyId), sessions: [], haystack }
          leads.set(id, lead)
        }
        title ??= sessionLabel(session, index.rounds)
        lead.sessions.push({ id: session.id, roundId: session.roundId, title })
      }
    }
  }
  return [...leads.values()]
}

/**
 * The unquoted leads a filtered wall should name as silent: narrowed by the side, speaker, round
 * and session filters (and the search, by name); none while a filter only quotes can meet is on.
 */
export function silentLeads(leads: readonly UnquotedLead[], filters: QuoteFilters): SilentLead[] {
  if (filters.tone || filters.from !== null || filters.to !== null || filters.topic) return []
  const terms = searchTerms(filters.query)
  const silent: SilentLead[] = []
  for (const { person, party, sessions, haystack } of leads) {
    if (filters.side && person.partyId !== filters.side) continue
    if (filters.speaker && person.id !== filters.speaker) continue
    if (!terms.every((term) => haystack.includes(term))) continue
    const led = sessions.filter(
      (s) =>
        (!filters.session || s.id === filters.session) &&
        (!filters.round || s.roundId === filters.round),
    )
    if (led.length > 0) silent.push({ person, party, sessionTitles: led.map((s) => s.title) })
  }
  return silent
}
