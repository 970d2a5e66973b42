import type { ReactNode } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import type { Band } from './market-chart'
import type { MarketEvent } from './market-events'
import type { Reaction } from './reaction'
import type { SeriesState } from './series-query'
import type { Span } from './series-view'

/** What one instrument card is given (see instrument-card.tsx). */
export type InstrumentCardProps = {
  instrument: Instrument
  /** Where its day change was read, when not from the feed: "its series", "an illustrative path". */
  dayFrom?: string | null
  /** Why its day change is missing (see instrumentSummary); "not reported" by default. */
  dayMissing?: string
  /** In replay, the level the feed gives is of a later moment: not known then (see SnapshotItem). */
  levelUnknown?: boolean
  colorVar: string
  series: SeriesState
  domain: Span
  zone: string
  event: MarketEvent | null
  reaction: Reaction | null
  events: readonly MarketEvent[]
  sessionBands: readonly Band[]
  selectedKey: string | null
  onSelectEvent: (event: MarketEvent) => void
  onZoom?: (from: number, to: number) => void
  onResetZoom?: () => void
  /** Its placeholder's width, when read before it mounted: the chart draws at it at once. */
  initialWidth?: number
  /** The only card on its page (one instrument embedded): its key shows every entry. */
  alone?: boolean
  /** The page's own mark (the demo badge) for its title line, where the page has no room above. */
  pageMark?: ReactNode
}
