import { unitWords } from './format-market'
import { formatDateTime, formatDateTimeBrief } from '../../lib/format-time'
import { useNow, useThisYear } from '../../hooks/clock-context'
import { DayChange } from './day-change'
import { shownLevel, type SnapshotItem } from './snapshot-at'
import { IllustrativeMark } from '../../components/illustrative-mark'
import { useCachedPriceWarnings } from './use-stale-price'
import { unavailableWords } from './unavailable-words'
import { useChrome } from '../../hooks/chrome-context'

export const cellClass =
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
 * The last value: its figure whole, and its unit words ("per barrel") whole on a desk's band. On a
 * tablet's band (six cells in 46rem) they give way after the time does (the whole of both in the
 * cell's tooltip); on a phone and a wall screen, which have no tooltip, they wrap.
 */
function BandValue({ text, warn, wrap }: { text: string; warn: boolean; wrap: boolean }) {
  const space = text.indexOf(' ')
  const figure = space === -1 ? text : text.slice(0, space)
  return (
    <span
      className={`flex min-w-0 flex-wrap font-mono ${wrap ? '' : '@[44rem]:flex-nowrap @[60rem]:shrink-0'} print:!flex-wrap ${warn ? 'text-warn' : ''}`}
    >
      <span className="shrink-0">{figure}</span>
      {/* A flex item's leading space is kept in the text but not drawn: padding draws it. */}
      {space !== -1 && (
        <span
          className={`min-w-0 pl-[1ch] ${wrap ? '' : '@[44rem]:truncate'} print:!overflow-visible print:!whitespace-normal`}
        >
          {text.slice(space)}
        </span>
      )}
    </span>
  )
}

/**
 * One instrument: name and change (the change under the name where the cell is narrow), then the
 * last value and its as-of time on a line that never wraps on a desk, the time giving way first
 * (the whole of it in the tooltip). Three lines at most, so the band keeps the height it had while
 * loading. A figure the feed does not give is a dash, its words in the tooltip and for screen
 * readers. On a phone the lines may wrap; on a wall screen (kiosk), where no one can hover for the
 * tooltip, they wrap as on paper: "Mon ~20:00 UTC" is never "Mon ~2…".
 */
export function BandCell({
  item,
  zone,
  shownClass = '',
}: {
  item: SnapshotItem
  zone: string
  /** Where the cell is shown only on a band wide enough (see snapshot-band-tiers.ts). */
  shownClass?: string
}) {
  const { instrument, unavailable, illustrative, changeFromSeries, changeLoading, changeFailed } =
    item
  const thisYear = useThisYear(zone)
  const { kiosk } = useChrome()
  const { stale, mistake } = useCachedPriceWarnings(instrument, zone)
  const asOf = formatDateTime(instrument.asOf, zone, instrument.asOfPrecision, thisYear)
  const unit = unitWords(instrument)
  const line = 'flex flex-wrap items-baseline justify-between gap-x-2'
  const warnings = [
    stale &&
      `${stale.words}: ${stale.kind === 'ahead' ? 'a clock or time zone mistake in the feed, or this computer’s clock is behind' : 'the price may be out of date (or the market closed for a holiday its trading hours do not list)'}`,
    mistake && `${mistake.words}: ${mistake.meaning}`,
  ].filter(Boolean)
  return (
    <li
      title={[`${instrument.name}: ${unit}, as of ${asOf}`, ...warnings].join('. ')}
      className={`${cellClass} ${shownClass}`}
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
          seriesFailed={changeFailed}
          size="text-xs @[44rem]:text-sm"
          compact
          fromSeries={changeFromSeries}
          // A line of its own in a narrow cell, the room of a figure on a wide one (a dash takes
          // it too): a figure that comes later moves nothing.
          className="basis-full font-mono @[44rem]:min-w-[9ch] @[44rem]:basis-auto @[44rem]:text-right @[44rem]:text-sm"
        />
      </p>
      {/* On paper, with no tooltip to read the rest, the time wraps instead of giving way. */}
      <p className={`${line} ${kiosk ? '' : '@[44rem]:flex-nowrap'} print:!flex-wrap`}>
        {instrument.last === null ? (
          <span className="text-muted @[44rem]:shrink-0" title={shownLevel(item)}>
            <span aria-hidden="true">—</span>
            <span className="sr-only">{shownLevel(item)}</span>
          </span>
        ) : (
          <BandValue text={shownLevel(item)} warn={Boolean(mistake)} wrap={kiosk} />
        )}
        <span
          className={`hidden min-w-0 text-[11px] @[44rem]:block ${kiosk ? '' : 'shrink-[9] truncate'} print:!overflow-visible print:!whitespace-normal ${stale || mistake ? 'text-warn' : 'text-muted'}`}
        >
          <span className="sr-only">as of </span>
          <BriefTime instrument={instrument} zone={zone} />
        </span>
      </p>
      {unavailable && (
        <p className="text-[11px] break-words text-warn">
          {unavailable.brief === undefined ? (
            unavailableWords(unavailable, zone, thisYear)
          ) : (
            <>
              <span aria-hidden="true" title={unavailableWords(unavailable, zone, thisYear)}>
                {unavailableWords(unavailable, zone, thisYear, { short: true })}
              </span>
              <span className="sr-only">{unavailableWords(unavailable, zone, thisYear)}</span>
            </>
          )}
        </p>
      )}
    </li>
  )
}
