/**
 * Whole-feed checks, pure: schema validation of every document (every problem listed, not just the
 * first) and the cross-references between documents (unknown ids, duplicated ids, delegations,
 * series that do not match their file, points out of time order).
 *
 * Works on the raw JSON, so one broken record neither hides the others nor cascades: an id counts
 * as known when a record declares it, even if another field of that record is invalid.
 */
import type * as z from 'zod/mini'
import { describeIssue } from './describe-issue'
import { jsonPath, type FeedProblem } from './parse'
import { dateTimeSchema } from './schemas/common'
import { seriesCadenceProblems } from './series-checks'
import { droppedPointProblems } from './dropped-points'
import { lookalikeNameProblems } from './lookalike-names'
import { collectionResources, documentSchemas, indexPath, seriesPath } from './schemas/documents'

export type FeedDocumentName = Exclude<keyof typeof documentSchemas, 'series'>

/** A feed as loaded: each document's parsed JSON (absent when it could not be loaded). */
export type RawFeed = {
  documents: Partial<Record<FeedDocumentName, unknown>>
  /** series/<instrumentId>.json by the instrument id in the file name */
  series: Record<string, unknown>
  /** Size in bytes of each document as loaded, by path (when known). */
  sizes?: Record<string, number>
}

export const documentPath = (name: FeedDocumentName): string =>
  name === 'index' ? indexPath : collectionResources[name].path

type Segment = string | number
type Found = { value: unknown; path: Segment[] }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Values at a path such as `delegations.*.partyId`; `*` walks every element of an array. */
function walk(value: unknown, segments: readonly string[], path: Segment[] = []): Found[] {
  const [head, ...rest] = segments
  if (head === undefined) return [{ value, path }]
  if (head === '*') {
    return Array.isArray(value) ? value.flatMap((item, i) => walk(item, rest, [...path, i])) : []
  }
  return isRecord(value) && Object.hasOwn(value, head)
    ? walk(value[head], rest, [...path, head])
    : []
}

// ---------------------------------------------------------------------------------------------
// Schema validation

function validate(resource: string, schema: z.ZodMiniType, raw: unknown): FeedProblem[] {
  const result = schema.safeParse(raw, { reportInput: true })
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    resource,
    path: jsonPath(issue.path),
    message: describeIssue(issue),
  }))
}

// ---------------------------------------------------------------------------------------------
// Cross-references

type IdKind = 'round' | 'party' | 'person' | 'topic' | 'session' | 'source' | 'instrument'

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
function knownIds(feed: RawFeed): Partial<Record<IdKind, Map<string, Record<string, unknown>>>> {
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

function duplicateIds(feed: RawFeed): FeedProblem[] {
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

function unknownReferences(feed: RawFeed, known: ReturnType<typeof knownIds>): FeedProblem[] {
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

/** Each party at most once per session, and its people belong to that party. */
function delegationProblems(feed: RawFeed, known: ReturnType<typeof knownIds>): FeedProblem[] {
  const resource = documentPath('sessions')
  return walk(feed.documents.sessions, ['sessions', '*']).flatMap(
    ({ value: session, path: sessionPath }) => {
      const seen = new Set<string>()
      return walk(session, ['delegations', '*']).flatMap(({ value: delegation, path }) => {
        if (!isRecord(delegation) || typeof delegation.partyId !== 'string') return []
        const { partyId } = delegation
        const problems: FeedProblem[] = []
        if (seen.has(partyId)) {
          problems.push({
            resource,
            path: jsonPath([...sessionPath, ...path, 'partyId']),
            message: `party ${JSON.stringify(partyId)} has two delegations (expected one delegation per party)`,
          })
        }
        seen.add(partyId)
        for (const role of ['leadPersonIds', 'memberPersonIds']) {
          for (const { value: personId, path: personPath } of walk(delegation, [role, '*'])) {
            const person = typeof personId === 'string' ? known.person?.get(personId) : undefined
            if (
              person === undefined ||
              typeof person.partyId !== 'string' ||
              person.partyId === partyId
            )
              continue
            problems.push({
              resource,
              path: jsonPath([...sessionPath, ...path, ...personPath]),
              message: `${JSON.stringify(personId)} belongs to party ${JSON.stringify(person.partyId)} (expected a person of party ${JSON.stringify(partyId)})`,
            })
          }
        }
        return problems
      })
    },
  )
}

const instant = (value: unknown): number | null => {
  if (typeof value !== 'string' || !dateTimeSchema.safeParse(value).success) return null
  return Date.parse(value)
}

function sessionTimeProblems(feed: RawFeed): FeedProblem[] {
  return walk(feed.documents.sessions, ['sessions', '*']).flatMap(({ value, path }) => {
    if (!isRecord(value)) return []
    const start = instant(value.start)
    const end = instant(value.end)
    if (start === null || end === null || end >= start) return []
    return [
      {
        resource: documentPath('sessions'),
        path: jsonPath([...path, 'end']),
        message: `end ${String(value.end)} is before start ${String(value.start)} (expected end after start)`,
      },
    ]
  })
}

function versionProblems(feed: RawFeed): FeedProblem[] {
  const raw = feed.documents.index
  if (!isRecord(raw) || typeof raw.version !== 'string' || /^1(\.|$)/.test(raw.version)) return []
  return [
    {
      resource: indexPath,
      path: '$.version',
      message: `feed format version ${JSON.stringify(raw.version)} (expected 1.x, the version this dashboard reads)`,
    },
  ]
}

function seriesProblems(
  fileId: string,
  raw: unknown,
  known: ReturnType<typeof knownIds>,
): FeedProblem[] {
  const resource = seriesPath(fileId)
  const problems: FeedProblem[] = []
  if (!isRecord(raw)) return problems
  const { instrumentId } = raw
  if (typeof instrumentId === 'string' && instrumentId !== fileId) {
    const unknown = known.instrument !== undefined && !known.instrument.has(instrumentId)
    problems.push({
      resource,
      path: '$.instrumentId',
      message: `${unknown ? 'unknown instrumentId' : 'instrumentId'} ${JSON.stringify(instrumentId)} does not match the file (expected ${JSON.stringify(fileId)})`,
    })
  }
  let previous: { t: number; text: string } | null = null
  for (const { value, path } of walk(raw, ['points', '*', 't'])) {
    const t = instant(value)
    if (t === null) continue
    if (previous !== null && t <= previous.t) {
      problems.push({
        resource,
        path: jsonPath(path),
        message: `point at ${String(value)} is not after the one before it, ${previous.text} (expected points in time order, one per instant)`,
      })
    }
    previous = { t, text: String(value) }
  }
  return problems
}

/** Cross-reference problems of a loaded feed (the schema problems are in `checkFeed`). */
export function crossCheck(feed: RawFeed): FeedProblem[] {
  const known = knownIds(feed)
  return [
    ...versionProblems(feed),
    ...duplicateIds(feed),
    ...unknownReferences(feed, known),
    ...delegationProblems(feed, known),
    ...sessionTimeProblems(feed),
    ...Object.entries(feed.series).flatMap(([id, raw]) => [...seriesProblems(id, raw, known), ...seriesCadenceProblems(id, raw, instrumentKind(feed, id))]),
    ...droppedPointProblems(feed),
    ...lookalikeNameProblems(feed, documentPath),
  ]
}

/** The raw `kind` of an instrument in markets.json, if it is there. */
function instrumentKind(feed: RawFeed, id: string): unknown {
  const record = walk(feed.documents.markets, ['instruments', '*']).find(({ value }) => isRecord(value) && value.id === id)?.value
  return isRecord(record) ? record.kind : undefined
}

/** Every problem of a loaded feed: each document against its schema, then the cross-references. */
export function checkFeed(feed: RawFeed): FeedProblem[] {
  const schemaProblems = [
    ...(Object.keys(feed.documents) as FeedDocumentName[]).flatMap((name) =>
      validate(documentPath(name), documentSchemas[name], feed.documents[name]),
    ),
    ...Object.entries(feed.series).flatMap(([id, raw]) =>
      validate(seriesPath(id), documentSchemas.series, raw),
    ),
  ]
  return [...schemaProblems, ...crossCheck(feed)]
}

/** Instrument ids a markets.json declares (each needs a series file), from its raw records. */
export function instrumentIds(marketsRaw: unknown): string[] {
  const ids = walk(marketsRaw, ['instruments', '*', 'id']).flatMap(({ value }) =>
    typeof value === 'string' ? [value] : [],
  )
  return [...new Set(ids)]
}
