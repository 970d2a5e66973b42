import { memo } from 'react'
import { DialogHead } from '../../components/dialog-head'
import { DialogButton } from '../../components/dialog-button'
import { useChrome } from '../../hooks/chrome-context'
import { formatDateTime, formatDateTimeBrief } from '../../lib/format-time'
import { useNow, useThisYear } from '../../hooks/clock-context'
import { formatValue } from '../../lib/format-number'
import { foldList } from '../../lib/fold-list'
import { DayChange } from './day-change'
import type { SnapshotItem } from './snapshot-at'
import { IllustrativeMark } from '../../components/illustrative-mark'
import { useCachedPriceWarnings } from './use-stale-price'
import { unavailableWords } from './unavailable-words'

/** Six to a row on a desk, or as many as there are from three up: no empty columns after them. */
const bandGridClass = (cells: number) =>
  `grid grid-cols-3 gap-1 @[44rem]:gap-2 ${cells >= 6 ? '@[44rem]:grid-cols-6' : cells === 5 ? '@[44rem]:grid-cols-5' : cells === 4 ? '@[44rem]:grid-cols-4' : ''}`
const gridClass = bandGridClass(6)
const cellClass =
  'min-w-0 rounded border border-line bg-raised px-1.5 py-0.5 text-xs leading-snug @[44rem]:px-2'

/** The as-of time, without its day when that is today ("~04:00 GMT+8"): the cell has little room. */
function BriefTime({ instrument, zone }: { instrument: SnapshotItem['instrument']; zone: string }) {
  const now = useNow(60_000)
  return (
    <time dateTime={instrument.asOf}>
      {formatDateTimeBrief(instrument.asOf, zone, now, instrument.asOfPrecision)}
    </time>
  )
}

/**
 * One instrument: name and change (the change under the name where the cell is narrow), then the
 * last value and its as-of time on a line that never wraps on a desk, the time giving way first
 * (the whole of it in the tooltip). Three lines at most, so the band keeps the height it had while
 * loading. A figure the feed does not give is a dash, its words in the tooltip and for screen
 * readers. On a phone the lines may wrap.
 */
function BandCell({
  item: { instrument, unavailable, illustrative, changeFromSeries, changeLoading },
  zone,
}: {
  item: SnapshotItem
  zone: string
}) {
  const thisYear = useThisYear(zone)
  const { stale, mistake } = useCachedPriceWarnings(instrument, zone)
  const asOf = formatDateTime(instrument.asOf, zone, instrument.asOfPrecision, thisYear)
  const unit = `${instrument.unit}${instrument.currency ? `, ${instrument.currency}` : ''}`
  const line = 'flex flex-wrap items-baseline justify-between gap-x-2'
  const warnings = [
    stale &&
      `${stale.words}: ${stale.kind === 'ahead' ? 'a clock or time zone mistake in the feed, or this computer’s clock is behind' : 'the price may be out of date (or the market closed for a holiday its trading hours do not list)'}`,
    mistake && `${mistake.words}: ${mistake.meaning}`,
  ].filter(Boolean)
  return (
    <li
      title={[`${instrument.name}: ${unit}, as of ${asOf}`, ...warnings].join('. ')}
      className={cellClass}
      data-stale-price={stale ? '' : undefined}
      data-figure-mistake={mistake ? '' : undefined}
    >
      <p className={line}>
        <span>
          {/* The sign is drawn by CSS: a page of twenty instruments keeps to its 1,500 elements. */}
          <span
            className={`font-semibold ${stale || mistake ? "after:ml-1 after:font-normal after:text-warn after:content-['⚠']" : ''}`}
          >
            {instrument.shortName}
          </span>
          {illustrative && <IllustrativeMark />}
          {stale && <span className="sr-only"> ({stale.words})</span>}
          {mistake && <span className="sr-only"> ({mistake.words})</span>}
        </span>
        <DayChange
          instrument={instrument}
          unavailable={unavailable !== null || changeLoading === true}
          size="text-xs @[44rem]:text-sm"
          compact
          fromSeries={changeFromSeries}
          // A line of its own in a narrow cell, the room of a figure on a wide one (a dash takes
          // it too): a figure that comes later moves nothing.
          className="basis-full font-mono @[44rem]:min-w-[9ch] @[44rem]:basis-auto @[44rem]:text-right @[44rem]:text-sm"
        />
      </p>
      <p className={`${line} @[44rem]:flex-nowrap`}>
        {instrument.last === null ? (
          <span className="text-muted @[44rem]:shrink-0" title={formatValue(instrument)}>
            <span aria-hidden="true">—</span>
            <span className="sr-only">{formatValue(instrument)}</span>
          </span>
        ) : (
          <span className={`font-mono @[44rem]:shrink-0 ${mistake ? 'text-warn' : ''}`}>
            {formatValue(instrument)}
          </span>
        )}
        <span
          className={`hidden min-w-0 truncate text-[11px] @[44rem]:block ${stale || mistake ? 'text-warn' : 'text-muted'}`}
        >
          <span className="sr-only">as of </span>
          <BriefTime instrument={instrument} zone={zone} />
        </span>
      </p>
      {unavailable && (
        <p className="text-[11px] break-words text-warn">
          {unavailableWords(unavailable, zone, thisYear)}
        </p>
      )}
    </li>
  )
}

function AllInstruments({
  items,
  zone,
  onClose,
}: {
  items: readonly SnapshotItem[]
  zone: string
  onClose: () => void
}) {
  return (
    <div className="@container grid gap-3">
      <DialogHead titleId="snapshot-all-title" onClose={onClose}>
        Market snapshot: all {items.length} instruments
      </DialogHead>
      <ul aria-label="All instruments" className={gridClass}>
        {items.map((item) => (
          <BandCell key={item.instrument.id} item={item} zone={zone} />
        ))}
      </ul>
    </div>
  )
}

/**
 * The last place of a folded snapshot: "+15 more", opening every instrument in a dialog.
 */
export function MoreInstruments({
  items,
  zone,
  hidden,
  buttonClass,
}: {
  items: readonly SnapshotItem[]
  zone: string
  hidden: number
  buttonClass: string
}) {
  return (
    <li className="min-w-0">
      <DialogButton
        label={
          <>
            <span className="font-semibold">+{hidden} more</span>
            <span className="block text-[11px] text-muted">all {items.length} instruments</span>
          </>
        }
        buttonName={`${hidden} more instruments: show all ${items.length}`}
        buttonClass={buttonClass}
        titleId="snapshot-all-title"
        widthClass="w-[min(72rem,calc(100vw-1rem))]"
      >
        {(close) => <AllInstruments items={items} zone={zone} onClose={close} />}
      </DialogButton>
    </li>
  )
}

/** The snapshot's instruments as a page shows them: all on a wall screen (no one to press "more"). */
export function useFoldedSnapshot(items: readonly SnapshotItem[]) {
  const { kiosk } = useChrome()
  return kiosk ? { shown: items, hidden: 0 } : foldList(items)
}

/**
 * The band across the top of the page (desk and phone), three or six to a row by the band's width
 * (on a desk, four or five when there are only as many).
 * Six cells at most (a row on a desk, two on a phone): past that, the last one opens the whole
 * snapshot, so the band keeps the height it had while loading (no layout shift) and twenty
 * instruments leave the panels their room. A wall screen (kiosk) has no one to press it: it shows
 * every instrument.
 */
export const SnapshotBand = memo(function SnapshotBand({
  items,
  zone,
}: {
  items: readonly SnapshotItem[]
  zone: string
}) {
  const { shown, hidden: more } = useFoldedSnapshot(items)
  return (
    <div className="@container">
      <ul aria-label="Market snapshot" className={bandGridClass(shown.length + (more > 0 ? 1 : 0))}>
        {shown.map((item) => (
          <BandCell key={item.instrument.id} item={item} zone={zone} />
        ))}
        {more > 0 && (
          <MoreInstruments
            items={items}
            zone={zone}
            hidden={more}
            buttonClass={`${cellClass} h-full w-full text-left hover:border-accent`}
          />
        )}
      </ul>
    </div>
  )
})
