import type { Development, Quote, Round, Session } from '../../feed/schemas/types'
import type { Selection } from '../../hooks/use-selection'
import type { TimelineOrder } from '../../hooks/url-params'
import type { Lookups } from './lookups'
import type { TimelineEntry } from './timeline-model'
import type { QuotesState } from './quotes-state'
import type { Zones } from './timeline-time'

/** Which of the timeline's two lists failed to load (the other one is shown without it). */
export type ListsFailed = { sessions: boolean; developments: boolean }

/** What the timeline list is given to draw: its entries, the data they name, and what they do. */
export type TimelineListProps = {
  entries: readonly TimelineEntry[]
  /** Oldest or newest first: turning it over keeps the entry in view (see useOrderFlip). */
  order: TimelineOrder
  /** Changes with what the reader asked for, not with the feed's data (see useKeptPlace). */
  view: unknown
  sessions: readonly Session[]
  /** Sessions a replay leaves out, not known yet at its moment (0 when live). */
  sessionsHeldBack: number
  rounds: readonly Round[]
  quotes: readonly Quote[]
  /** Whether the quotes loaded: absence of remarks is stated only then. */
  quotesState: QuotesState
  /** Lists that failed to load: the list has none of them, and says so. */
  failed?: ListsFailed
  now: number
  /** The replayed moment, null when live: the list follows the now line as it moves. */
  replayMoment: number | null
  onToggleRound: (roundId: string, open: boolean) => void
  onShowMore: (roundId: string) => void
  /** How many entries "Show more" adds. */
  moreStep: number
  lookups: Lookups
  zonesFor: (roundId: string) => Zones
  /** A quote's zones: its local time only where the feed says it was said (see quotePlace). */
  zonesForQuote: (quote: Quote) => Zones
  displayZone: string
  /** The year of the page's now in the display zone (see Zones). */
  yearNow?: string
  selection: Selection
  onSelect: (event: Selection['event']) => void
  onSelectTopic: (topicId: string | null) => void
  quoteHref: (quoteId: string) => string
  onOpenQuote: (quoteId: string) => void
  /** Whether the quotes have arrived or failed: the list opens at now again once they have. */
  settled: boolean
  /** Developments that arrived since the user last looked. */
  newDevelopmentIds?: ReadonlySet<string>
  isFollowed?: (item: Quote | Development) => boolean
}
