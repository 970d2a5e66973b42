import { quotePlace, type QuotePlace } from '../../feed/quote-place'
import type {
  FeedIndex,
  Party,
  Person,
  Quote,
  Session,
  Tone,
  Topic,
} from '../../feed/schemas/types'
import { normalizeText, searchTerms } from '../../lib/normalize-text'

export type QuoteSource = FeedIndex['sources'][number]

/** One quote with everything the wall shows and searches, resolved and precomputed once. */
export type QuoteRow = {
  quote: Quote
  person: Person | undefined
  party: Party | undefined
  speakerName: string
  topics: Topic[]
  sources: QuoteSource[]
  /** Epoch milliseconds of saidAt. */
  time: number
  /** Where it was said, for its local time; null when the feed does not say (see quotePlace). */
  place: QuotePlace | null
  /**
   * Normalised text, speaker (name, role, organisation) and setting, for search: made when first
   * needed (searchTextOf), not with the row, so the first render of a long wall does not wait for it.
   */
  searchText: string | undefined
  /** Shared by the rows of one build: speakers and settings repeat, each is normalised once. */
  normalised: Map<string, string>
}

function normaliseOnce(normalised: Map<string, string>, text: string): string {
  let value = normalised.get(text)
  if (value === undefined) {
    value = normalizeText(text)
    normalised.set(text, value)
  }
  return value
}

/** The row's search text, made on first use. */
export function searchTextOf(row: QuoteRow): string {
  if (row.searchText === undefined) {
    const { quote, person, normalised } = row
    const speaker = person ? `${person.name} ${person.role} ${person.organisation}` : quote.personId
    // Fields joined by a newline, which no search term contains, so no match spans two fields.
    row.searchText = `${normalizeText(quote.text)}\n${normaliseOnce(normalised, speaker)}\n${normaliseOnce(normalised, quote.setting)}`
  }
  return row.searchText
}

export type SortOrder = 'newest' | 'oldest'

export type QuoteFilters = {
  /** Raw search text as typed. */
  query: string
  side: string | null
  speaker: string | null
  tone: Tone | null
  topic: string | null
  session: string | null
  /** Epoch ms, inclusive; null: open. */
  from: number | null
  to: number | null
}

export const noFilters: QuoteFilters = {
  query: '',
  side: null,
  speaker: null,
  tone: null,
  topic: null,
  session: null,
  from: null,
  to: null,
}

export function buildQuoteRows(
  quotes: readonly Quote[],
  index: FeedIndex,
  sessions: readonly Session[] = [],
): QuoteRow[] {
  const sessionsById = new Map(sessions.map((s) => [s.id, s]))
  const people = new Map(index.people.map((p) => [p.id, p]))
  const parties = new Map(index.parties.map((p) => [p.id, p]))
  const topics = new Map(index.topics.map((t) => [t.id, t]))
  const sources = new Map(index.sources.map((s) => [s.id, s]))
  // Speakers and settings repeat: normalise each once.
  const normalised = new Map<string, string>()
  // Quotes share a session and a place: each pair is matched against its round once.
  const places = new Map<string, QuotePlace | null>()
  const placeOf = (quote: Quote) => {
    if (quote.location || !quote.place || !quote.sessionId)
      return quotePlace(quote, sessionsById, index.rounds)
    const key = `${quote.sessionId}\n${quote.place}`
    let place = places.get(key)
    if (place === undefined) {
      place = quotePlace(quote, sessionsById, index.rounds)
      places.set(key, place)
    }
    return place
  }
  return quotes.map((quote) => {
    const person = people.get(quote.personId)
    const party = person ? parties.get(person.partyId) : undefined
    const speakerName = person?.name ?? quote.personId
    return {
      quote,
      person,
      party,
      speakerName,
      topics: quote.topicIds.map((id) => topics.get(id) ?? { id, label: id }),
      sources: quote.sourceIds.flatMap((id) => sources.get(id) ?? []),
      time: Date.parse(quote.saidAt),
      place: placeOf(quote),
      searchText: undefined,
      normalised,
    }
  })
}

/** Newest or oldest first; ties keep feed order. */
export function sortRows(rows: readonly QuoteRow[], order: SortOrder): QuoteRow[] {
  const sign = order === 'newest' ? -1 : 1
  // Array sort is stable: ties keep feed order. A feed in time order is one run, sorted in one pass.
  return [...rows].sort((a, b) => sign * (a.time - b.time))
}

/** Rows that pass every filter; every search term must appear (in any field). */
export function filterRows(rows: readonly QuoteRow[], filters: QuoteFilters): QuoteRow[] {
  const terms = searchTerms(filters.query)
  const { side, speaker, tone, topic, session, from, to } = filters
  const active =
    terms.length > 0 || side || speaker || tone || topic || session || from !== null || to !== null
  if (!active) return rows.slice()
  const out: QuoteRow[] = []
  for (const row of rows) {
    if (side && row.person?.partyId !== side) continue
    if (speaker && row.quote.personId !== speaker) continue
    if (tone && row.quote.tone !== tone) continue
    if (topic && !row.quote.topicIds.includes(topic)) continue
    if (session && row.quote.sessionId !== session) continue
    if (from !== null && row.time < from) continue
    if (to !== null && row.time > to) continue
    let ok = true
    for (const term of terms) {
      if (!searchTextOf(row).includes(term)) {
        ok = false
        break
      }
    }
    if (ok) out.push(row)
  }
  return out
}

const lastResults = new WeakMap<
  readonly QuoteRow[],
  { key: string; query: string; result: QuoteRow[] }
>()

/**
 * filterRows, narrowing the last result when the search only grew (typing "rar" → "rare" with the
 * other filters unchanged): every row that matches the longer query matched the shorter one.
 */
export function filterRowsIncremental(
  rows: readonly QuoteRow[],
  filters: QuoteFilters,
): QuoteRow[] {
  const { query, ...rest } = filters
  const key = JSON.stringify(rest)
  const normalised = normalizeText(query)
  const last = lastResults.get(rows)
  const base =
    last && last.key === key && last.query && normalised.startsWith(last.query) ? last.result : rows
  const result =
    base === rows ? filterRows(rows, filters) : filterRows(base, { ...noFilters, query })
  lastResults.set(rows, { key, query: normalised, result })
  return result
}
