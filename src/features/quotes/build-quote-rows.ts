import { quotePlace, type QuotePlace } from '../../feed/quote-place'
import type { FeedIndex, Party, Person, Quote, Session } from '../../feed/schemas/types'
import type { QuoteRow, QuoteSource } from './quote-rows'
import { definedTopic, undefinedTopic, type QuoteTopic } from './quote-topics'

/** What the rows of one build look their topics, sources and place up in. */
type RowLookups = {
  topics: ReadonlyMap<string, QuoteTopic>
  sources: ReadonlyMap<string, QuoteSource>
  placeOf: (quote: Quote) => QuotePlace | null
}

/**
 * A row whose topics, sources and place are resolved on first read: building 20,000 rows then
 * costs a few milliseconds, not tens, and the wall only ever draws a few dozen of them.
 */
class LazyQuoteRow implements QuoteRow {
  searchText: string | undefined = undefined
  #topics: QuoteTopic[] | undefined
  #sources: QuoteSource[] | undefined
  #place: QuotePlace | null | undefined

  constructor(
    readonly quote: Quote,
    readonly person: Person | undefined,
    readonly party: Party | undefined,
    readonly time: number,
    readonly normalised: Map<string, string>,
    private readonly lookups: RowLookups,
  ) {}

  get speakerName(): string {
    return this.person?.name ?? this.quote.personId
  }

  get topics(): QuoteTopic[] {
    // A topic the feed's index does not define is named by its id and said to be so.
    this.#topics ??= this.quote.topicIds.map(
      (id) => this.lookups.topics.get(id) ?? undefinedTopic(id),
    )
    return this.#topics
  }

  get sources(): QuoteSource[] {
    // A source the feed's index does not list is still named, by its id: never dropped silently.
    this.#sources ??= this.quote.sourceIds.map(
      (id) => this.lookups.sources.get(id) ?? { id, name: `${id} (not among the feed’s sources)` },
    )
    return this.#sources
  }

  get place(): QuotePlace | null {
    if (this.#place === undefined) this.#place = this.lookups.placeOf(this.quote)
    return this.#place
  }
}

export function buildQuoteRows(
  quotes: readonly Quote[],
  index: FeedIndex,
  sessions: readonly Session[] = [],
): QuoteRow[] {
  const sessionsById = new Map(sessions.map((s) => [s.id, s]))
  const people = new Map(index.people.map((p) => [p.id, p]))
  const parties = new Map(index.parties.map((p) => [p.id, p]))
  // Quotes share a session and a place: each pair is matched against its round once.
  const places = new Map<string, QuotePlace | null>()
  const lookups: RowLookups = {
    topics: new Map(index.topics.map((t) => [t.id, definedTopic(t)])),
    sources: new Map(index.sources.map((s) => [s.id, s])),
    placeOf: (quote) => {
      if (quote.location || !quote.place || !quote.sessionId)
        return quotePlace(quote, sessionsById, index.rounds)
      const key = `${quote.sessionId}\n${quote.place}`
      let place = places.get(key)
      if (place === undefined) {
        place = quotePlace(quote, sessionsById, index.rounds)
        places.set(key, place)
      }
      return place
    },
  }
  // Speakers and settings repeat: normalise each once.
  const normalised = new Map<string, string>()
  return quotes.map((quote) => {
    const person = people.get(quote.personId)
    const party = person ? parties.get(person.partyId) : undefined
    return new LazyQuoteRow(quote, person, party, Date.parse(quote.saidAt), normalised, lookups)
  })
}
