import { sessionLabel } from '../../feed/session-label'
import type { FeedIndex, Party, Person, Quote, Session } from '../../feed/schemas/types'
import { normalizeText, searchTerms } from '../../lib/normalize-text'
import type { QuoteFilters } from './quote-rows'

/** Everyone with at least one quote. */
export function quotedPeople(quotes: readonly Quote[]): Set<string> {
  return new Set(quotes.map((q) => q.personId))
}

/** sessionTitles: the sessions as named outside their round ("London, Day 2"). */
export type SilentLead = { person: Person; party: Party | undefined; sessionTitles: string[] }

/**
 * Delegation leads with nothing on record: people who lead a delegation in a session and have no
 * quote in the feed. Narrowed by the side, speaker and session filters (and the search, by name).
 */
export function silentLeads(
  sessions: readonly Session[],
  quoted: ReadonlySet<string>,
  index: FeedIndex,
  filters: QuoteFilters,
): SilentLead[] {
  const people = new Map(index.people.map((p) => [p.id, p]))
  const parties = new Map(index.parties.map((p) => [p.id, p]))
  const leads = new Map<string, SilentLead>()
  for (const session of sessions) {
    if (filters.session && session.id !== filters.session) continue
    for (const delegation of session.delegations) {
      for (const id of delegation.leadPersonIds) {
        const person = people.get(id)
        if (!person || quoted.has(id)) continue
        const entry = leads.get(id) ?? {
          person,
          party: parties.get(person.partyId),
          sessionTitles: [],
        }
        entry.sessionTitles.push(sessionLabel(session, index.rounds))
        leads.set(id, entry)
      }
    }
  }
  const terms = searchTerms(filters.query)
  return [...leads.values()].filter(({ person }) => {
    if (filters.side && person.partyId !== filters.side) return false
    if (filters.speaker && person.id !== filters.speaker) return false
    if (filters.tone || filters.from !== null || filters.to !== null) return false
    if (filters.topic) return false
    const haystack = normalizeText(`${person.name}\n${person.role}\n${person.organisation}`)
    return terms.every((term) => haystack.includes(term))
  })
}
