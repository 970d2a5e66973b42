import { describe, expect, it } from 'vitest'
import { feedExtent } from '../../../src/features/markets/use-market-window'
import type { SeriesState } from '../../../src/features/markets/series-query'

const HOUR = 3_600_000
const t = Date.parse
// Only what feedExtent reads: a series from Thu 08:00 to Fri 08:00 UTC (test data).
const series = [
  { data: { points: [{ t: t('2026-12-03T08:00:00Z') }, { t: t('2026-12-04T08:00:00Z') }] } },
] as unknown as SeriesState[]
const last = t('2026-12-04T08:00:00Z')

describe('the whole feed as a window', () => {
  it('runs on to now while the last price is of the past day: a gap since it shows', () => {
    const [, end] = feedExtent(series, [], null, last + 8 * HOUR)
    expect(end).toBeGreaterThanOrEqual(last + 8 * HOUR)
    expect(end).toBeLessThanOrEqual(last + 9 * HOUR)
  })

  it('ends at the last price for a feed read long after it', () => {
    const [, end] = feedExtent(series, [], null, last + 40 * 24 * HOUR)
    expect(end).toBeGreaterThan(last)
    expect(end).toBeLessThanOrEqual(last + HOUR)
  })

  it('moves only when now crosses a step, so charts are not redrawn each minute', () => {
    const ends = new Set(
      Array.from(
        { length: 10 },
        (_, i) => feedExtent(series, [], null, last + 2 * HOUR + i * 60_000)[1],
      ),
    )
    expect(ends.size).toBe(1)
  })

  it('in replay, runs to the moment replayed, as before', () => {
    expect(feedExtent(series, [], last + 3 * HOUR, last + 40 * 24 * HOUR)[1]).toBe(last + 3 * HOUR)
  })
})
