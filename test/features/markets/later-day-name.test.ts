import { describe, expect, it } from 'vitest'
import { laterDayName } from '../../../src/features/markets/instrument-summary'

const newYork = { timeZone: 'America/New_York' }
const now = Date.parse('2025-08-01T12:00:00Z')

describe('the day a day change is of, named when the chart ends on an earlier day', () => {
  it('names a later day in the market’s calendar, with its year when not this year', () => {
    const shown = Date.parse('2025-06-12T20:00:00Z')
    expect(laterDayName(Date.parse('2025-07-31T20:00:00Z'), shown, newYork, now)).toBe('Thu 31 Jul')
    expect(
      laterDayName(
        Date.parse('2025-07-31T20:00:00Z'),
        shown,
        newYork,
        Date.parse('2026-01-05T12:00:00Z'),
      ),
    ).toBe('Thu 31 Jul 2025')
  })

  it('says nothing of the same market day, even past midnight UTC', () => {
    // 16:00 and 21:00 in New York on Thu 12 Jun; the second is Fri 13 Jun in UTC.
    const shown = Date.parse('2025-06-12T20:00:00Z')
    expect(laterDayName(Date.parse('2025-06-13T01:00:00Z'), shown, newYork, now)).toBeNull()
  })

  it('says nothing without a price shown or a time for the change', () => {
    expect(laterDayName(Date.parse('2025-07-31T20:00:00Z'), null, newYork, now)).toBeNull()
    expect(laterDayName(Number.NaN, Date.parse('2025-06-12T20:00:00Z'), newYork, now)).toBeNull()
  })
})
