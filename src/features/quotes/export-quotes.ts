import type { FeedIndex, Session } from '../../feed/schemas/types'
import { sessionLabel } from '../../feed/session-label'
import type { CsvCell } from '../../lib/csv'
import { unisolated } from '../../lib/bidi-isolate'
import type { QuoteRow } from './quote-rows'

type Lookups = {
  index: Pick<FeedIndex, 'rounds' | 'demo'>
  sessions: readonly Session[]
  /** The address of a quote on the dashboard, absolute. */
  link: (id: string) => string
}

export const quoteCsvHeader = [
  'id',
  'said_at_utc',
  'time',
  'speaker',
  'role',
  'organisation',
  'side',
  'text',
  'language',
  'setting',
  'place',
  'context',
  'round',
  'session',
  'topics',
  'tone',
  'sources',
  'source_urls',
  'link',
] as const

/**
 * A quote as a CSV row (columns as quoteCsvHeader): what the wall says of it, names rather than
 * ids, the time in UTC and whether it is the source's or an estimate (the demo's estimates are its
 * own, illustrative; a desk feed's are the feed's).
 */
export function quoteCsvRowOf({ index, sessions, link }: Lookups): (row: QuoteRow) => CsvCell[] {
  const roundNames = new Map(index.rounds.map((r) => [r.id, r.name]))
  const sessionNames = new Map(sessions.map((s) => [s.id, sessionLabel(s, index.rounds)]))
  const estimated = index.demo ? 'estimated (illustrative)' : 'estimated'
  return ({ quote, person, party, speakerName, topics, sources, time }) => [
    quote.id,
    new Date(time).toISOString(),
    quote.saidAtPrecision === 'exact' ? 'as reported' : estimated,
    speakerName,
    person?.role,
    person?.organisation,
    party?.name,
    quote.text,
    quote.lang,
    quote.setting,
    quote.place,
    quote.context,
    roundNames.get(quote.roundId) ?? quote.roundId,
    quote.sessionId === null ? null : (sessionNames.get(quote.sessionId) ?? quote.sessionId),
    // Each name on its own: the CSV writer drops a whole cell's isolate, not those inside a list.
    topics.map((t) => unisolated(t.label)).join('; '),
    quote.tone,
    sources.map((s) => unisolated(s.name)).join('; '),
    sources.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
    link(quote.id),
  ]
}
