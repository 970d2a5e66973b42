import { describe, expect, it } from 'vitest'
import { shownClose } from '../../../src/features/markets/shown-close'
import { prepareSeries } from '../../../src/features/markets/series-view'
import { seriesAsOf } from '../../../src/feed/as-of'
import type { Series } from '../../../src/feed/schemas/types'

// Test data: New York closes on Thursday 5, Friday 6, Monday 9 and Tuesday 10 June 2025; the
// reference close is Monday's.
const market = {
  timeZone: 'America/New_York',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
}
const series = (over: Partial<Series> = {}): Series => ({
  instrumentId: 'test',
  illustrative: false,
  basis: 'level',
  reference: { value: 103, at: '2025-06-09T20:00:00Z', label: 'Previous close' },
  points: [
    { t: '2025-06-05T20:00:00Z', v: 100 },
    { t: '2025-06-06T20:00:00Z', v: 101 },
    { t: '2025-06-09T20:00:00Z', v: 103 },
    { t: '2025-06-10T20:00:00Z', v: 104 },
  ],
  ...over,
})

/** What the card is given: the series as known at the moment (live: all of it), raw and prepared. */
function closeAt(raw: Series, asOf: number | null) {
  const cut = asOf === null ? raw : seriesAsOf(raw, asOf)
  return shownClose(cut, prepareSeries(cut), asOf, market)
}
const at = (iso: string) => Date.parse(iso)

describe('the previous close a chart marks', () => {
  it('is the series’ reference close live, and at any moment from it on', () => {
    expect(closeAt(series(), null)).toBe(103)
    expect(closeAt(series(), at('2025-06-10T15:00:00Z'))).toBe(103)
  })

  it('before the reference close, is the close before the last known point’s day', () => {
    expect(closeAt(series(), at('2025-06-06T21:00:00Z'))).toBe(100)
  })

  it('before the reference close, is none from an illustrative path or with nothing known', () => {
    expect(closeAt(series({ illustrative: true }), at('2025-06-06T21:00:00Z'))).toBeNull()
    expect(closeAt(series(), at('2025-06-05T21:00:00Z'))).toBeNull()
    expect(shownClose(undefined, undefined, null, market)).toBeNull()
  })
})
