import type { FeedIndex, Party, Person, Round, Topic } from '../../feed/schemas/types'

/** The index's people, parties, topics and rounds by id; empty while the index is not loaded. */
export type Lookups = {
  people: ReadonlyMap<string, Person>
  parties: ReadonlyMap<string, Party>
  topics: ReadonlyMap<string, Topic>
  rounds: ReadonlyMap<string, Round>
  /** The index is in: an id missing from the maps is not in the feed (else: not known yet). */
  indexIn: boolean
}

export function buildLookups(index: FeedIndex | undefined): Lookups {
  return {
    people: new Map(index?.people.map((p) => [p.id, p])),
    parties: new Map(index?.parties.map((p) => [p.id, p])),
    topics: new Map(index?.topics.map((t) => [t.id, t])),
    rounds: new Map(index?.rounds.map((r) => [r.id, r])),
    indexIn: index !== undefined,
  }
}

export function personName(lookups: Lookups, id: string): string {
  return lookups.people.get(id)?.name ?? id
}
