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
import { jsonPath, safeParseReporting, type FeedProblem } from './parse'
import { dateTimeSchema } from './schemas/common'
import { seriesCadenceProblems } from './series-checks'
import { droppedPointProblems } from './dropped-points'
import { lookalikeNameProblems } from './lookalike-names'
import { documentSchemas, indexPath, seriesPath } from './schemas/documents'
import { duplicateIds, knownIds, unknownReferences, type KnownIds } from './id-references'
import { documentPath, isRecord, walk, type FeedDocumentName, type RawFeed } from './raw-feed'

function validate(resource: string, schema: z.ZodMiniType, raw: unknown): FeedProblem[] {
  const result = safeParseReporting(schema, raw)
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    resource,
    path: jsonPath(issue.path),
    message: describeIssue(issue),
  }))
}

/** Each party at most once per session, and its people belong to that party. */
function delegationProblems(feed: RawFeed, known: KnownIds): FeedProblem[] {
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

function seriesProblems(fileId: string, raw: unknown, known: KnownIds): FeedProblem[] {
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
  // One problem per series, naming the first point out of order (a reversed series has hundreds).
  let previous: { t: number; text: string } | null = null
  let first: FeedProblem | null = null
  let more = 0
  for (const { value, path } of walk(raw, ['points', '*', 't'])) {
    const t = instant(value)
    if (t === null) continue
    if (previous !== null && t <= previous.t) {
      if (first === null)
        first = {
          resource,
          path: jsonPath(path),
          message: `point at ${String(value)} is not after the one before it, ${previous.text}`,
        }
      else more += 1
    }
    previous = { t, text: String(value) }
  }
  if (first !== null) {
    const others = more === 0 ? '' : ` and ${more} more point${more === 1 ? '' : 's'} like it`
    problems.push({
      ...first,
      message: `${first.message}${others} (expected points in time order, one per instant)`,
    })
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
    ...Object.entries(feed.series).flatMap(([id, raw]) => [
      ...seriesProblems(id, raw, known),
      ...seriesCadenceProblems(id, raw, instrumentKind(feed, id)),
    ]),
    ...droppedPointProblems(feed),
    ...lookalikeNameProblems(feed, documentPath),
  ]
}

/** The raw `kind` of an instrument in markets.json, if it is there. */
function instrumentKind(feed: RawFeed, id: string): unknown {
  const record = walk(feed.documents.markets, ['instruments', '*']).find(
    ({ value }) => isRecord(value) && value.id === id,
  )?.value
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
