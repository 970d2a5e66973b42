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
 * The last value: its figure whole, and its unit words ("per barrel") on the same line. On a
 * desk's band they are whole; on a tablet's (six cells in 46rem) they give way after the time does
 * (the whole of both in the cell's tooltip); on a phone's, "per barrel" is written "/barrel", cut
 * with an ellipsis if even that is too long (the words whole for screen readers), so every cell
 * of a row has the same lines. A wall screen, which has no tooltip, wraps them whole.
 */
function BandValue({ text, warn, wrap }: { text: string; warn: boolean; wrap: boolean }) {
  const space = text.indexOf(' ')
  const figure = space === -1 ? text : text.slice(0, space)
  const rest = space === -1 ? '' : text.slice(space + 1)
  const short = !wrap && rest.startsWith('per ') ? `/${rest.slice('per '.length)}` : null
  return (
    <span
      className={`flex min-w-0 font-mono ${short ? '' : 'flex-wrap'} ${wrap ? '' : '@[44rem]:flex-nowrap @[60rem]:shrink-0'} print:!flex-wrap ${warn ? 'text-warn' : ''}`}
    >
      <span className="shrink-0">{figure}</span>
      {/* A flex item's leading space is kept in the text but not drawn: padding draws it. */}
      {rest && (
        <span
          className={`min-w-0 pl-[1ch] ${wrap ? '' : '@[44rem]:truncate'} ${short ? '@max-[44rem]:sr-only' : ''} print:!overflow-visible print:!whitespace-normal`}
        >
          {text.slice(space)}
        </span>
      )}
      {/* After the words (read, not shown, where this is shown): the text reads "$67.21 per barrel". */}
      {short && (
        <span
          aria-hidden="true"
          className="min-w-0 truncate @[44rem]:hidden print:!overflow-visible print:!whitespace-normal"
        >
          {short}
        </span>
      )}
    </span>
  )
}

/**
 * One instrument: name and change on one line on a wide band (under the name on a narrower one),
 * then the last value and its as-of time on a line that never wraps, the time giving way first
 * (the whole of it in the tooltip). Each line is one line: a name too long for its cell (or beside
 * a ⚠) ends in an ellipsis, whole in the tooltip and for screen readers, so the cells of a row
 * have one height and the band keeps the height it had while loading. A figure the feed does not
 * give is a dash, its words in the tooltip and for screen readers. On a wall screen (kiosk), where
 * no one can hover for the tooltip, the name, value and time wrap as on paper: "Mon ~20:00 UTC" is
 * never "Mon ~2…".
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
      {/* A wall screen and paper, with no tooltip to read the rest, wrap a long name whole. */}
      <p className={`${line} ${kiosk ? '' : '@[80rem]:flex-nowrap'} print:!flex-wrap`}>
        {/* The sign is drawn by CSS, after the name's box so that a cut name never cuts it: a page
            of twenty instruments keeps to its 1,500 elements. */}
        <span
          className={`flex min-w-0 items-baseline ${kiosk ? 'flex-wrap' : 'whitespace-nowrap'} print:!flex-wrap print:!whitespace-normal ${stale || mistake ? "after:ml-1 after:text-warn after:content-['⚠']" : ''}`}
        >
          <span
            className={`min-w-0 font-semibold ${kiosk ? '' : 'truncate'} print:!overflow-visible print:!whitespace-normal`}
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
          // A line of its own in a narrower cell (a band under 80rem: six cells of 200 px or less),
          // the room of a figure on a wider one (a dash takes it too): a figure that comes later
          // moves nothing, and a long name gives way, not it.
          className="basis-full font-mono @[44rem]:text-sm @[80rem]:min-w-[9ch] @[80rem]:shrink-0 @[80rem]:basis-auto @[80rem]:text-right"
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
