/**
 * feed:check rules on the markets and their series (pure): the last figure against the series'
 * last point, a reference close after the points, points while the market is closed or after the feed was generated, a bad tick,
 * documents larger than the dashboard reads.
 */
import { maxBodyBytes } from './read-capped'
import type { RawFeed } from './raw-feed'
import { generatedSkewMs, validDocument, validRecords, type FeedFinding } from './check-findings'
import { instrumentSchema, seriesSchema } from './schemas/markets'
import { parseFeedIndex } from './parse-index'
import type { Instrument, Series } from './schemas/types'
import { indexPath, seriesPath } from './schemas/documents'
import { wallClock } from '../lib/zoned-time'
import { inSessionAt } from './trading-hours'
import { badTickFindings } from './bad-tick-check'

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** Equal up to float noise and rounding at the 6th significant digit. */
const same = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

const latestPoint = (series: Series) =>
  series.points.reduce<Series['points'][number] | null>(
    (latest, p) => (latest === null || Date.parse(p.t) >= Date.parse(latest.t) ? p : latest),
    null,
  )

function lastFigureFindings(instrument: Instrument, i: number, series: Series): FeedFinding[] {
  const last = latestPoint(series)
  if (!last) return []
  const findings: FeedFinding[] = []
  const [field, figure] =
    series.basis === 'level'
      ? (['last', instrument.last] as const)
      : (['changePercent', instrument.changePercent] as const)
  if (figure !== null && !same(figure, last.v)) {
    findings.push({
      severity: 'error',
      resource: 'markets.json',
      path: `$.instruments[${i}].${field}`,
      message: `${field} ${figure} disagrees with the last point of ${seriesPath(instrument.id)} (${last.v} at ${last.t}) (expected the same figure: the panel would show both)`,
    })
  }
  if (Date.parse(last.t) > Date.parse(instrument.asOf)) {
    findings.push({
      severity: 'error',
      resource: 'markets.json',
      path: `$.instruments[${i}].asOf`,
      message: `asOf ${instrument.asOf} is before the last point of ${seriesPath(instrument.id)} (${last.t}) (expected asOf at or after the series' last point)`,
    })
  }
  return findings
}

/** The previous close comes before the prices measured from it: after them it is a close to come. */
function referenceFindings(instrument: Instrument, series: Series): FeedFinding[] {
  const last = latestPoint(series)
  if (!last || !(Date.parse(series.reference.at) > Date.parse(last.t))) return []
  return [
    {
      severity: 'error',
      resource: seriesPath(instrument.id),
      path: '$.reference.at',
      message: `reference close at ${series.reference.at} is after the series' last point (${last.t}) (expected the close before its points, which the day's change is measured from: the chart would draw a close still to come as the previous one)`,
    },
  ]
}

function closedMarketFindings(instrument: Instrument, series: Series): FeedFinding[] {
  if (series.points.length === 0 || instrument.tradingHours.length === 0) return []
  const times = series.points.map((p) => Date.parse(p.t))
  const open = inSessionAt(times, instrument.tradingHours, instrument.timeZone)
  const closed = times.flatMap((_, i) => (open[i] ? [] : [i]))
  const first = closed[0]
  if (first === undefined) return []
  const point = series.points[first]!
  const wall = wallClock(new Date(times[first]!), instrument.timeZone)
  const more =
    closed.length > 1 ? ` and ${closed.length - 1} more point${closed.length === 2 ? '' : 's'}` : ''
  return [
    {
      severity: 'warning',
      resource: seriesPath(instrument.id),
      path: `$.points[${first}].t`,
      message: `point at ${point.t} (${weekdays[wall.weekday]} ${wall.time.slice(0, 5)} ${instrument.timeZone})${more} while the market is closed by its tradingHours in markets.json (expected points only while it is open)`,
    },
  ]
}

/**
 * Prices cannot be dated after the feed was written: most often a wrong offset, or a `generatedAt`
 * that the pipeline writing the series does not update (so a warning).
 */
function afterGeneratedFindings(
  instrument: Instrument,
  series: Series,
  generatedAt: string,
): FeedFinding[] {
  const limit = Date.parse(generatedAt) + generatedSkewMs
  const after = series.points.flatMap((p, i) => (Date.parse(p.t) > limit ? [i] : []))
  const first = after[0]
  if (first === undefined) return []
  const more =
    after.length > 1 ? ` and ${after.length - 1} more point${after.length === 2 ? '' : 's'}` : ''
  return [
    {
      severity: 'warning',
      resource: seriesPath(instrument.id),
      path: `$.points[${first}].t`,
      message: `point at ${series.points[first]!.t}${more} after the feed was generated (generatedAt ${generatedAt}) (expected prices that have happened: is its UTC offset right, or is generatedAt in index.json out of date?)`,
    },
  ]
}

function sizeFindings(feed: RawFeed): FeedFinding[] {
  return Object.entries(feed.sizes ?? {}).flatMap(([path, bytes]) =>
    bytes > maxBodyBytes
      ? [
          {
            severity: 'error' as const,
            resource: path,
            path: '$',
            message: `${(bytes / 1024 / 1024).toFixed(2)} MB (expected at most ${maxBodyBytes / 1024 / 1024} MB: the dashboard refuses larger documents${path.startsWith('series/') ? '; no one views that long a window: keep the days the talks span, or downsample' : ''})`,
          },
        ]
      : [],
  )
}

export function seriesFindings(feed: RawFeed): FeedFinding[] {
  const findings: FeedFinding[] = sizeFindings(feed)
  const generatedAt = parseFeedIndex(indexPath, feed.documents.index).data?.generatedAt
  for (const { record: instrument, i } of validRecords(
    feed.documents.markets,
    'instruments',
    instrumentSchema,
  )) {
    const series = validDocument(feed.series[instrument.id], seriesSchema)
    if (!series || series.instrumentId !== instrument.id) continue
    findings.push(
      ...lastFigureFindings(instrument, i, series),
      ...referenceFindings(instrument, series),
      ...closedMarketFindings(instrument, series),
      ...badTickFindings(instrument, series),
      ...(generatedAt ? afterGeneratedFindings(instrument, series, generatedAt) : []),
    )
  }
  return findings
}
