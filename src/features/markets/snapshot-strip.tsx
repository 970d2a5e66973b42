import { unitWords } from './format-market'
import { memo } from 'react'
import { formatDateTime } from '../../lib/format-time'
import { useThisYear } from '../../hooks/clock-context'
import { shownLevel, type SnapshotItem } from './snapshot-at'
import { IllustrativeMark } from '../../components/illustrative-mark'
import { DayChange } from './day-change'
import { useSnapshotInBand } from '../../hooks/snapshot-placement'
import { allPlaces, MorePlaces, useBandPlaces } from './snapshot-band'
import { useCachedPriceWarnings } from './use-stale-price'
import { unavailableWords } from './unavailable-words'

/** "as of Fri 4 Dec, ~08:00 GMT", and when the price is out of date, for how long (warned). */
function StripAsOf({
  instrument,
  zone,
  thisYear,
}: {
  instrument: SnapshotItem['instrument']
  zone: string
  thisYear: number
}) {
  const { stale, mistake } = useCachedPriceWarnings(instrument, zone)
  return (
    <p
      className={`text-[11px] break-words ${stale || mistake ? 'text-warn' : 'text-muted'}`}
      data-stale-price={stale ? '' : undefined}
      data-figure-mistake={mistake ? '' : undefined}
    >
      as of{' '}
      <time dateTime={instrument.asOf}>
        {formatDateTime(instrument.asOf, zone, instrument.asOfPrecision, thisYear)}
      </time>
      {[stale, mistake].map(
        (warning) =>
          warning && (
            <span key={warning.words}>
              {' '}
              <span aria-hidden="true">⚠ </span>
              {warning.words}
            </span>
          ),
      )}
    </p>
  )
}

/**
 * Each instrument's last value, change and as-of time: exactly as the feed gives them, or in replay
 * as of the moment (with the reason where a figure was not known yet). The columns follow the
 * width of the region it sits in (a container query), never the screen's: six in a row where they
 * fit whole, the value and the change each on a line of its own so neither is ever cut. Six places
 * (eight to twelve where wider), as in the band: past that, the last opens every instrument, and
 * the charts stay in view.
 */
export const SnapshotStrip = memo(function SnapshotStrip({
  items,
  zone,
  whole = false,
}: {
  items: readonly SnapshotItem[]
  zone: string
  /** Every instrument, unfolded: the snapshot is the whole page (?view=snapshot). */
  whole?: boolean
}) {
  const inBand = useSnapshotInBand()
  const thisYear = useThisYear(zone)
  const folded = useBandPlaces(items)
  const { cellClasses, more, columnClasses } = whole ? allPlaces(items.length) : folded
  // The page shows it in the band across the top: not twice.
  if (inBand) return null
  return (
    <div className="@container">
      <ul
        aria-label="Market snapshot"
        className={`grid grid-cols-2 gap-2 @sm:grid-cols-3 @[52rem]:grid-cols-6 ${columnClasses}`}
      >
        {items.slice(0, cellClasses.length).map((item, index) => {
          const {
            instrument,
            unavailable,
            changeFromSeries,
            changeLoading,
            changeFailed,
            illustrative,
          } = item
          return (
            <li
              key={instrument.id}
              className={`min-h-[6.25rem] min-w-0 rounded border border-line bg-raised px-2 py-1.5 ${cellClasses[index]}`}
            >
              <p
                dir="auto"
                className="truncate text-left text-xs font-semibold"
                title={instrument.name}
              >
                <span>{instrument.shortName}</span>
                {illustrative && <IllustrativeMark />}
              </p>
              {/* The level and the change wrap between words where the card is narrow (an
                  embedded strip of 300 to 480 px): "$67.21 per barrel" is never "$67.21 per ba…". */}
              <p
                className={`font-mono text-sm break-words ${instrument.last === null ? 'text-muted italic' : ''}`}
              >
                {shownLevel(item)}
              </p>
              <p className="break-words [&>span]:whitespace-normal">
                <DayChange
                  instrument={instrument}
                  unavailable={unavailable !== null || changeLoading === true}
                  seriesFailed={changeFailed}
                  fromSeries={changeFromSeries}
                />
              </p>
              {unavailable ? (
                <p className="text-[11px] break-words text-warn">
                  {unavailableWords(unavailable, zone, thisYear)}
                </p>
              ) : (
                <p className="text-[11px] break-words text-muted">{unitWords(instrument)}</p>
              )}
              <StripAsOf instrument={instrument} zone={zone} thisYear={thisYear} />
            </li>
          )
        })}
        <MorePlaces
          items={items}
          zone={zone}
          more={more}
          buttonClass="h-full min-h-[6.25rem] w-full rounded border border-line bg-raised px-2 py-1.5 text-left text-sm hover:border-accent"
        />
      </ul>
    </div>
  )
})
