import type { QuotePlace } from '../../feed/quote-place'
import type { FeedIndex, Party, Person, Quote, Tone } from '../../feed/schemas/types'
import { normalizeText, searchTerms } from '../../lib/normalize-text'
import type { QuoteTopic } from './quote-topics'

export type QuoteSource = FeedIndex['sources'][number]

/** One quote with everything the wall shows and searches, resolved once (see buildQuoteRows). */
export type QuoteRow = {
  quote: Quote
  person: Person | undefined
  party: Party | undefined
  speakerName: string
  /** Resolved when first read: only the rows drawn ever are. */
  readonly topics: QuoteTopic[]
  readonly sources: QuoteSource[]
  /** Epoch milliseconds of saidAt. */
  time: number
  /**
   * Where it was said, for its local time; null when the feed does not say (see quotePlace).
   * Resolved when first read.
   */
  readonly place: QuotePlace | null
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
    // join makes one flat string; a template literal makes a rope that the first search would
    // flatten, copying every row's text inside that keystroke.
    row.searchText = [
      normalizeText(quote.text),
      normaliseOnce(normalised, speaker),
      normaliseOnce(normalised, quote.setting),
    ].join('\n')
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
  round: string | null
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
  round: null,
  session: null,
  from: null,
  to: null,
}

/** Whether each row comes after the one before it (sign 1: in time, -1: against it; strict: no tie). */
function inOrder(rows: readonly QuoteRow[], sign: number, strict: boolean): boolean {
  for (let i = 1; i < rows.length; i++) {
    const step = sign * (rows[i]!.time - rows[i - 1]!.time)
    if (step < 0 || (strict && step === 0)) return false
  }
  return true
}

/** Newest or oldest first; ties keep feed order. */
export function sortRows(rows: readonly QuoteRow[], order: SortOrder): QuoteRow[] {
  const sign = order === 'newest' ? -1 : 1
  // A feed in time order, either way, is not sorted: one pass over 20,000 rows says so, where the
  // sort's comparisons took some 8 ms of the wall's first render. Reversed, a tie would change order.
  if (inOrder(rows, sign, false)) return rows.slice()
  if (inOrder(rows, -sign, true)) return rows.slice().reverse()
  // Array sort is stable: ties keep feed order.
  return [...rows].sort((a, b) => sign * (a.time - b.time))
}

/** Rows that pass every filter; every search term must appear (in any field). */
export function filterRows(rows: readonly QuoteRow[], filters: QuoteFilters): QuoteRow[] {
  const terms = searchTerms(filters.query)
  const { side, speaker, tone, topic, round, session, from, to } = filters
  const active =
    terms.length > 0 ||
    side ||
    speaker ||
    tone ||
    topic ||
    round ||
    session ||
    from !== null ||
    to !== null
  if (!active) return rows.slice()
  const out: QuoteRow[] = []
  for (const row of rows) {
    if (side && row.person?.partyId !== side) continue
    if (speaker && row.quote.personId !== speaker) continue
    if (tone && row.quote.tone !== tone) continue
    if (topic && !row.quote.topicIds.includes(topic)) continue
    if (round && row.quote.roundId !== round) continue
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
