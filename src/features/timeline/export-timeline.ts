import type { Development, FeedIndex, Session } from '../../feed/schemas/types'
import { sessionLabel } from '../../feed/session-label'
import type { CsvCell } from '../../lib/csv'
import { unisolated } from '../../lib/bidi-isolate'
import { developmentKindLabels, sessionStatusLabels } from './labels'
import { bySchedule, byScheduleWords, statusAt } from './talks-now'

/** A row of the timeline's CSV: a session or a development. */
export type TimelineCsvItem =
  { kind: 'session'; session: Session } | { kind: 'development'; development: Development }

type Lookups = {
  index: Pick<FeedIndex, 'rounds' | 'parties' | 'people' | 'topics' | 'sources' | 'demo'>
  /** The dashboard's moment: a session's status is the one it has then. */
  now: number
  /** The address of a session or development on the dashboard, absolute. */
  link: (item: TimelineCsvItem) => string
}

export const timelineCsvHeader = [
  'kind',
  'id',
  'round',
  'title',
  'starts_at_utc',
  'ends_at_utc',
  'time',
  'status',
  'venue',
  'format',
  'delegations',
  'party',
  'people',
  'topics',
  'summary',
  'signals',
  'figures',
  'sources',
  'source_urls',
  'link',
] as const

type PrecisionWords = Record<Session['startPrecision'], string>

/** The demo's estimates are its own (illustrative); a desk feed's are the feed's. */
const precisionWordsOf = (demo: boolean | undefined): PrecisionWords => ({
  exact: 'as reported',
  approximate: demo ? 'estimated (illustrative)' : 'estimated',
})

/** The sessions and developments in time order, as the timeline lists them oldest first. */
export function timelineCsvItems(
  sessions: readonly Session[],
  developments: readonly Development[],
): TimelineCsvItem[] {
  // Each time read once: a long feed's thousands of entries would parse them at every comparison.
  const timed = [
    ...sessions.map((session) => ({
      at: Date.parse(session.start),
      item: { kind: 'session' as const, session },
    })),
    ...developments.map((development) => ({
      at: Date.parse(development.at),
      item: { kind: 'development' as const, development },
    })),
  ]
  return timed.sort((a, b) => a.at - b.at).map(({ item }) => item)
}

/** "May exports to the US: -34.5%". */
const figureWords = ({ label, value, unit }: Development['figures'][number]) =>
  `${unisolated(label)}: ${value}${unit.startsWith('%') ? '' : ' '}${unisolated(unit)}`

/** Whether a session's times are the source's or estimates, start and end told apart if they differ. */
function sessionTimeWords(session: Session, precisionWords: PrecisionWords): string {
  const start = precisionWords[session.startPrecision]
  if (session.end === null || session.endPrecision === session.startPrecision) return start
  return `start ${start}, end ${precisionWords[session.endPrecision]}`
}

/**
 * A session or development as a CSV row (columns as timelineCsvHeader): names rather than ids,
 * times in UTC and whether they are the source's or estimates, a session's status at `now`.
 */
export function timelineCsvRowOf({
  index,
  now,
  link,
}: Lookups): (item: TimelineCsvItem) => CsvCell[] {
  const rounds = new Map(index.rounds.map((r) => [r.id, r.name]))
  // Names that go into a list cell each as the feed gives it: the CSV writer drops a whole cell's
  // isolate, not those inside a list.
  const parties = new Map(index.parties.map((p) => [p.id, unisolated(p.shortName)]))
  const people = new Map(index.people.map((p) => [p.id, unisolated(p.name)]))
  const topics = new Map(index.topics.map((t) => [t.id, unisolated(t.label)]))
  const sources = new Map(index.sources.map((s) => [s.id, s]))
  const precisionWords = precisionWordsOf(index.demo)
  const named = (ids: readonly string[], names: ReadonlyMap<string, string>) =>
    ids.map((id) => names.get(id) ?? id).join('; ')
  const sourceCells = (ids: readonly string[]) => {
    const found = ids.flatMap((id) => sources.get(id) ?? [])
    return [
      found.map((s) => unisolated(s.name)).join('; '),
      found.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
    ]
  }

  return (item) => {
    if (item.kind === 'session') {
      const { session } = item
      const delegations = session.delegations.map((d) => {
        const members = [
          ...d.leadPersonIds.map((id) => `${people.get(id) ?? id} (lead)`),
          ...d.memberPersonIds.map((id) => people.get(id) ?? id),
        ]
        return `${parties.get(d.partyId) ?? d.partyId}: ${members.join(', ')}`
      })
      return [
        'session',
        session.id,
        rounds.get(session.roundId) ?? session.roundId,
        sessionLabel(session, index.rounds),
        new Date(session.start).toISOString(),
        session.end === null ? null : new Date(session.end).toISOString(),
        sessionTimeWords(session, precisionWords),
        // In session by its schedule alone is not the feed's word: said, as on the page.
        statusCell(session, now),
        session.venue,
        session.format,
        delegations.join('; '),
        null,
        null,
        named(session.topicIds, topics),
        session.summary,
        session.outcomeSignals.map(unisolated).join('; '),
        null,
        ...sourceCells(session.sourceIds),
        link(item),
      ]
    }
    const { development } = item
    return [
      developmentKindLabels[development.kind].word.toLowerCase(),
      development.id,
      rounds.get(development.roundId) ?? development.roundId,
      development.title,
      new Date(development.at).toISOString(),
      null,
      precisionWords[development.atPrecision],
      null,
      null,
      null,
      null,
      development.partyId === null
        ? null
        : (parties.get(development.partyId) ?? development.partyId),
      named(development.personIds, people),
      named(development.topicIds, topics),
      development.summary,
      null,
      development.figures.map(figureWords).join('; '),
      ...sourceCells(development.sourceIds),
      link(item),
    ]
  }
}

/**
 * A session's status as the page says it: in session by its schedule alone is not the feed's word,
 * and a postponed session's new start goes with it when known.
 */
function statusCell(session: Session, now: number): string {
  const word = sessionStatusLabels[statusAt(session, now)].word
  if (bySchedule(session, now)) return `${word} (${byScheduleWords})`
  if (session.status === 'postponed' && session.rescheduledTo !== undefined)
    return `${word} (new start ${new Date(session.rescheduledTo).toISOString()})`
  return word
}
