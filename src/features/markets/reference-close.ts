import { formatDay, formatShortDate } from '../../lib/format-time'

/** The close a chart's dashed line marks, named for its label on the plot and in the chart's key. */
export type CloseNames = { label: string; key: string }

const previousClose: CloseNames = { label: 'Prev close', key: 'Previous close' }

/**
 * A close is the previous one only to prices after it. When the last price shown comes before the
 * close the series is measured from (a replayed morning, a window zoomed to the day before), the
 * close is named by its day in the market's calendar: "9 Jun close".
 */
export function closeNames(
  referenceAt: number | null,
  lastShown: number | null,
  zone: string,
  now: number,
): CloseNames {
  if (referenceAt === null || lastShown === null || lastShown >= referenceAt) return previousClose
  return {
    label: `${formatShortDate(referenceAt, zone, now)} close`,
    key: `Close of ${formatDay(referenceAt, zone, now)}`,
  }
}

/**
 * What a percent-change value at `t` is against: "previous close", or "the close of Mon 9 Jun"
 * before it (with its year when not the year of `now`).
 */
export function percentAgainst(
  t: number,
  referenceAt: number | null,
  zone: string,
  now?: number,
): string {
  return referenceAt !== null && t < referenceAt
    ? `the close of ${formatDay(referenceAt, zone, now)}`
    : 'previous close'
}
