import { describe, expect, it } from 'vitest'
import { shownClose, shownUntil } from '../../../src/features/markets/shown-close'
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

describe('up to when a chart shows its series', () => {
  const lastPoint = at('2025-06-10T20:00:00Z')
  const whole = [at('2025-06-01T00:00:00Z'), at('2025-06-11T00:00:00Z')] as const
  const toSaturday = [at('2025-06-01T00:00:00Z'), at('2025-06-07T00:00:00Z')] as const

  it('is the replayed moment, or the window’s end when the window stops before the last point', () => {
    expect(shownUntil(null, whole, lastPoint)).toBeNull()
    expect(shownUntil(null, toSaturday, lastPoint)).toBe(toSaturday[1])
    expect(shownUntil(at('2025-06-06T21:00:00Z'), whole, lastPoint)).toBe(
      at('2025-06-06T21:00:00Z'),
    )
    expect(shownUntil(at('2025-06-09T21:00:00Z'), toSaturday, lastPoint)).toBe(toSaturday[1])
    expect(shownUntil(null, toSaturday, undefined)).toBeNull()
  })

  it('a window that ends before the reference close marks the close before its last day', () => {
    const raw = series()
    const until = shownUntil(null, toSaturday, lastPoint)
    // Friday 6 June is the last day shown: its previous close is Thursday's, not Monday's.
    expect(shownClose(raw, prepareSeries(raw), until, market)).toBe(100)
    expect(shownClose(raw, prepareSeries(raw), shownUntil(null, whole, lastPoint), market)).toBe(
      103,
    )
  })
})
