import { jsonPath, type FeedProblem } from './parse'
import { documentPath, isRecord, walk, type FeedDocumentName, type RawFeed } from './raw-feed'

/** Ids across the feed's documents: where each kind is declared, what refers to it, and the checks. */

export type IdKind = 'round' | 'party' | 'person' | 'topic' | 'session' | 'source' | 'instrument'

/** Where each kind of id is declared. */
const declarations: Record<IdKind, { document: FeedDocumentName; list: string }> = {
  source: { document: 'index', list: 'sources' },
  round: { document: 'index', list: 'rounds' },
  party: { document: 'index', list: 'parties' },
  person: { document: 'index', list: 'people' },
  topic: { document: 'index', list: 'topics' },
  session: { document: 'sessions', list: 'sessions' },
  instrument: { document: 'markets', list: 'instruments' },
}

/** Lists whose records have an id that must be unique within the list. */
const idLists: { document: FeedDocumentName; list: string }[] = [
  ...Object.values(declarations),
  { document: 'developments', list: 'developments' },
  { document: 'quotes', list: 'quotes' },
  { document: 'issues', list: 'issues' },
  { document: 'issues', list: 'scenarios' },
]

/** Every field that refers to an id declared elsewhere. `*` is every element of an array. */
export const references: { document: FeedDocumentName; path: string; kind: IdKind }[] = [
  { document: 'index', path: 'people.*.partyId', kind: 'party' },
  { document: 'sessions', path: 'sessions.*.roundId', kind: 'round' },
  { document: 'sessions', path: 'sessions.*.delegations.*.partyId', kind: 'party' },
  { document: 'sessions', path: 'sessions.*.delegations.*.leadPersonIds.*', kind: 'person' },
  { document: 'sessions', path: 'sessions.*.delegations.*.memberPersonIds.*', kind: 'person' },
  { document: 'sessions', path: 'sessions.*.topicIds.*', kind: 'topic' },
  { document: 'sessions', path: 'sessions.*.sourceIds.*', kind: 'source' },
  { document: 'developments', path: 'developments.*.roundId', kind: 'round' },
  { document: 'developments', path: 'developments.*.partyId', kind: 'party' },
  { document: 'developments', path: 'developments.*.personIds.*', kind: 'person' },
  { document: 'developments', path: 'developments.*.topicIds.*', kind: 'topic' },
  { document: 'developments', path: 'developments.*.sourceIds.*', kind: 'source' },
  { document: 'quotes', path: 'quotes.*.roundId', kind: 'round' },
  { document: 'quotes', path: 'quotes.*.personId', kind: 'person' },
  { document: 'quotes', path: 'quotes.*.sessionId', kind: 'session' },
  { document: 'quotes', path: 'quotes.*.topicIds.*', kind: 'topic' },
  { document: 'quotes', path: 'quotes.*.sourceIds.*', kind: 'source' },
  { document: 'issues', path: 'issues.*.roundId', kind: 'round' },
  { document: 'issues', path: 'issues.*.topicId', kind: 'topic' },
  { document: 'issues', path: 'issues.*.sourceIds.*', kind: 'source' },
  { document: 'issues', path: 'scenarios.*.roundId', kind: 'round' },
  { document: 'issues', path: 'scenarios.*.sourceIds.*', kind: 'source' },
  { document: 'markets', path: 'instruments.*.sourceIds.*', kind: 'source' },
]

/** The id → record of each kind, from the records that declare a string id. */
export function knownIds(
  feed: RawFeed,
): Partial<Record<IdKind, Map<string, Record<string, unknown>>>> {
  const known: Partial<Record<IdKind, Map<string, Record<string, unknown>>>> = {}
  for (const [kind, { document, list }] of Object.entries(declarations) as [
    IdKind,
    (typeof declarations)[IdKind],
  ][]) {
    const raw = feed.documents[document]
    if (raw === undefined) continue
    const ids = new Map<string, Record<string, unknown>>()
    for (const { value } of walk(raw, [list, '*'])) {
      if (isRecord(value) && typeof value.id === 'string' && !ids.has(value.id))
        ids.set(value.id, value)
    }
    known[kind] = ids
  }
  return known
}

export function duplicateIds(feed: RawFeed): FeedProblem[] {
  return idLists.flatMap(({ document, list }) => {
    const firstAt = new Map<string, string>()
    return walk(feed.documents[document], [list, '*', 'id']).flatMap(({ value, path }) => {
      if (typeof value !== 'string') return []
      const first = firstAt.get(value)
      if (first === undefined) {
        firstAt.set(value, jsonPath(path))
        return []
      }
      return [
        {
          resource: documentPath(document),
          path: jsonPath(path),
          message: `duplicate id ${JSON.stringify(value)} (expected ids unique within ${list}; first at ${first})`,
        },
      ]
    })
  })
}

export function unknownReferences(
  feed: RawFeed,
  known: ReturnType<typeof knownIds>,
): FeedProblem[] {
  return references.flatMap(({ document, path, kind }) => {
    const ids = known[kind]
    // Without the declaring document there is nothing to check against (its absence is reported).
    if (ids === undefined) return []
    const { document: declaredIn, list } = declarations[kind]
    const field =
      path.split('.').at(-1) === '*' ? `${path.split('.').at(-2)} entry` : path.split('.').at(-1)
    return walk(feed.documents[document], path.split('.')).flatMap(({ value, path: at }) =>
      typeof value === 'string' && !ids.has(value)
        ? [
            {
              resource: documentPath(document),
              path: jsonPath(at),
              message: `unknown ${field} ${JSON.stringify(value)} (expected the id of one of the ${list} in ${documentPath(declaredIn)})`,
            },
          ]
        : [],
    )
  })
}

export type KnownIds = ReturnType<typeof knownIds>
