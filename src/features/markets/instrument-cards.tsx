import type { Ref } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { Skeleton } from '../../components/skeleton'
import { chartColor } from './chart-colors'
import { groupRuns, groupSpan } from './instrument-groups'
import { InstrumentCard, cardHeight } from './instrument-card'
import type { InstrumentCardProps } from './instrument-card-props'
import type { Reaction } from './reaction'
import type { SeriesState } from './series-query'
import type { SnapshotItem } from './snapshot-at'

type Props = Omit<InstrumentCardProps, 'instrument' | 'colorVar' | 'series' | 'reaction'> & {
  boxRef: Ref<HTMLDivElement>
  instruments: readonly Instrument[]
  /** How many of the charts are drawn yet, in order; the others are placeholders of their size. */
  drawnCount: number
  /** The placeholders' width inside their padding, read as the charts mount. */
  initialWidth: number | undefined
  /** Until every chart of the region (the comparison too) is drawn. */
  busy: boolean
  /** One instrument alone (an embed of one): a single column. */
  single: boolean
  snapshot: readonly SnapshotItem[]
  series: readonly SeriesState[]
  reactions: readonly (Reaction | null)[]
}

/** The grid of instrument cards, under group headings where the feed groups its instruments. */
/** On paper, a small group stays on one page with its heading (a large one breaks where it must). */
const keptOnOnePage = 'print:break-inside-avoid'

export function InstrumentCards({
  boxRef,
  instruments,
  drawnCount,
  initialWidth,
  busy,
  single,
  snapshot,
  series,
  reactions,
  ...shared
}: Props) {
  // One instrument alone needs no group heading over it.
  const grouped = !single && instruments.some((i) => i.group)
  // No more columns than cards: one or two instruments (a feed's own, or those the viewer chose to
  // show) fill the width instead of sitting beside empty columns.
  const columns =
    single || instruments.length === 1
      ? ''
      : instruments.length === 2
        ? '@sm:grid-cols-2'
        : '@sm:grid-cols-2 @[50rem]:grid-cols-3 @[72rem]:grid-cols-4 @[90rem]:grid-cols-5 @[108rem]:grid-cols-6'
  const card = (instrument: Instrument, i: number) =>
    i < drawnCount ? (
      <InstrumentCard
        key={instrument.id}
        instrument={snapshot[i]?.instrument ?? instrument}
        dayFrom={
          snapshot[i]?.illustrative
            ? 'an illustrative path'
            : snapshot[i]?.changeFromSeries
              ? 'its series'
              : null
        }
        dayMissing={
          snapshot[i]?.changeFailed
            ? 'unknown (its series did not load)'
            : snapshot[i]?.changeLoading
              ? 'not known yet'
              : snapshot[i]?.unavailable
                ? 'not known at this moment'
                : 'not reported'
        }
        levelUnknown={snapshot[i]?.levelUnknown ?? false}
        colorVar={chartColor(i)}
        series={series[i]!}
        reaction={reactions[i] ?? null}
        initialWidth={initialWidth}
        alone={single}
        {...shared}
      />
    ) : (
      <div
        key={instrument.id}
        data-chart-placeholder
        className="row-span-2 rounded border border-line p-2 print:hidden"
        style={{ minHeight: cardHeight }}
      >
        <Skeleton
          label={`Loading the ${instrument.shortName} chart`}
          rows={1}
          rowHeight={`${cardHeight - 20}px`}
        />
      </div>
    )
  return (
    <div className="@container">
      {drawnCount < instruments.length && (
        <p className="hidden text-xs text-muted print:block">
          The charts are drawn once the markets have been in view: show them, then print again.
        </p>
      )}
      {/* A card alone is the page's first thing: no gap above it. */}
      <div
        ref={boxRef}
        aria-busy={busy}
        className={`grid grid-cols-1 gap-2 ${single ? '' : 'mt-1'} ${columns}`}
      >
        {grouped
          ? groupRuns(instruments).map(({ name, key, start, members }) => (
              // A group takes as many of the grid's columns as it has cards, so small groups
              // share a row instead of each leaving the rest of its own empty. A group that shares
              // a row has one row of cards: it takes the row's height, as its neighbours' cards do.
              <div
                key={key}
                className={`grid grid-cols-subgrid grid-rows-[auto_auto_1fr] gap-2 ${members.length <= 4 ? keptOnOnePage : ''} ${groupSpan(members.length)}`}
              >
                <h3 className="col-span-full mt-1 text-xs font-semibold tracking-wide text-muted uppercase">
                  {name}
                </h3>
                {members.map((instrument, j) => card(instrument, start + j))}
              </div>
            ))
          : instruments.map(card)}
      </div>
    </div>
  )
}
