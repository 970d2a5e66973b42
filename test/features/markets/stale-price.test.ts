// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { closingDaysBetween, openTimeBetween } from '../../../src/feed/trading-hours'
import { stalePrice } from '../../../src/features/markets/stale-price'
import type { Cadence } from '../../../src/lib/cadence'

const at = (text: string) => new Date(text)
const t = (text: string) => Date.parse(text)
const minute = 60_000
const nyse = [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }]
/** Hong Kong: a lunch break, two sessions a day. */
const hkex = [
  { days: [1, 2, 3, 4, 5], open: '09:30', close: '12:00' },
  { days: [1, 2, 3, 4, 5], open: '13:00', close: '16:00' },
]
const ny = { tradingHours: nyse, timeZone: 'America/New_York' }
const fiveMinutes: Cadence = { kind: 'intraday', stepMs: 5 * minute, declared: '5m' }
const daily: Cadence = { kind: 'daily', stepMs: 86_400_000, declared: '1d' }
/** The talks' end, not known: the warning stays. */
const unknown = () => null

describe('openTimeBetween', () => {
  it('counts only the hours the market is open: a weekend adds nothing', () => {
    // Friday 15:00 EDT to Monday 10:30 EDT: the last hour of Friday and the first of Monday.
    const open = openTimeBetween(
      at('2025-06-06T19:00:00Z'),
      at('2025-06-09T14:30:00Z'),
      nyse,
      'America/New_York',
    )
    expect(open).toBe(2 * 60 * minute)
  })

  it('leaves out a lunch break', () => {
    // 11:00 to 14:00 HKT: one hour before lunch, one after.
    const open = openTimeBetween(
      at('2025-06-10T03:00:00Z'),
      at('2025-06-10T06:00:00Z'),
      hkex,
      'Asia/Hong_Kong',
    )
    expect(open).toBe(2 * 60 * minute)
  })
})

describe('closingDaysBetween', () => {
  it('counts the trading days that opened after the last close and have closed since', () => {
    const tuesdayClose = at('2025-06-10T20:00:00Z')
    const days = (end: string) =>
      closingDaysBetween(tuesdayClose, at(end), nyse, 'America/New_York')
    expect(days('2025-06-11T19:00:00Z')).toBe(0)
    expect(days('2025-06-11T20:00:00Z')).toBe(1)
    // Friday evening: Wednesday, Thursday and Friday closed since.
    expect(days('2025-06-13T22:00:00Z')).toBe(3)
  })

  it('counts a day with a lunch break once, when its afternoon has closed', () => {
    const mondayClose = at('2025-06-09T08:00:00Z') // 16:00 HKT
    const days = (end: string) => closingDaysBetween(mondayClose, at(end), hkex, 'Asia/Hong_Kong')
    expect(days('2025-06-10T04:30:00Z')).toBe(0) // Tuesday 12:30: the morning closed, not the day
    expect(days('2025-06-10T08:00:00Z')).toBe(1)
    expect(days('2025-06-11T04:30:00Z')).toBe(1)
  })
})

describe('stalePrice', () => {
  const lastTick = t('2025-06-09T15:00:00Z') // Monday 11:00 EDT

  it('says so once the market has traded longer than a halt without a price', () => {
    // Ten 5-minute steps (50 minutes) of trading is a halt; more is out of date.
    expect(stalePrice(lastTick, lastTick + 50 * minute, ny, fiveMinutes, unknown)).toBeNull()
    expect(stalePrice(lastTick, lastTick + 51 * minute, ny, fiveMinutes, unknown)?.words).toBe(
      'No price for 51 min of trading hours',
    )
    // A halt is at least 15 minutes, however dense the series.
    const ticks: Cadence = { kind: 'intraday', stepMs: 1000, declared: 'tick' }
    expect(stalePrice(lastTick, lastTick + 15 * minute, ny, ticks, unknown)).toBeNull()
    expect(stalePrice(lastTick, lastTick + 16 * minute, ny, ticks, unknown)).not.toBeNull()
  })

  it('counts trading time only: a closed market is never out of date', () => {
    const fridayClose = t('2025-06-06T20:00:00Z')
    // Saturday, Sunday, and Monday before the open: no trading since the last price.
    expect(stalePrice(fridayClose, t('2025-06-09T13:29:00Z'), ny, fiveMinutes, unknown)).toBeNull()
    // Monday 11:00 EDT without a price since Friday: 1 h 30 min of trading.
    expect(stalePrice(fridayClose, lastTick, ny, fiveMinutes, unknown)?.words).toBe(
      'No price for 1 h 30 min of trading hours',
    )
  })

  it('says nothing without trading hours, or for a price at or after now', () => {
    const unknownHours = { tradingHours: [], timeZone: 'America/New_York' }
    expect(
      stalePrice(lastTick, lastTick + 5 * 60 * minute, unknownHours, fiveMinutes, unknown),
    ).toBeNull()
    expect(stalePrice(lastTick, lastTick, ny, fiveMinutes, unknown)).toBeNull()
    expect(stalePrice(lastTick, lastTick - minute, ny, fiveMinutes, unknown)).toBeNull()
  })

  it('calls daily closes out of date from the second missing close', () => {
    const tuesdayClose = t('2025-06-10T20:00:00Z')
    expect(stalePrice(tuesdayClose, t('2025-06-11T22:00:00Z'), ny, daily, unknown)).toBeNull()
    expect(stalePrice(tuesdayClose, t('2025-06-12T22:00:00Z'), ny, daily, unknown)?.words).toBe(
      'No close for 2 trading days',
    )
  })

  it('gives the day of the last price past a whole trading session, or five closes, without one', () => {
    const fridayClose = t('2025-06-13T20:00:00Z')
    // Into Monday's session: the time missed. Monday's whole session missed: the day, not
    // "10 h 30 min of trading hours", which would read as less than a day.
    expect(
      stalePrice(fridayClose, t('2025-06-16T17:30:00Z'), ny, fiveMinutes, unknown)?.words,
    ).toBe('No price for 4 h of trading hours')
    expect(
      stalePrice(fridayClose, t('2025-06-16T20:30:00Z'), ny, fiveMinutes, unknown)?.words,
    ).toBe('No price since Fri 13 Jun')
    expect(
      stalePrice(fridayClose, t('2025-06-17T17:30:00Z'), ny, fiveMinutes, unknown)?.words,
    ).toBe('No price since Fri 13 Jun')
    expect(stalePrice(fridayClose, t('2025-06-20T21:00:00Z'), ny, daily, unknown)?.words).toBe(
      'No close for 5 trading days',
    )
    // Another year than the page's: with its year.
    expect(stalePrice(fridayClose, t('2026-01-05T21:00:00Z'), ny, daily, unknown)?.words).toBe(
      'No close since Fri 13 Jun 2025',
    )
  })

  it('says where a series ends, unwarned, when the talks ended before its last price', () => {
    const fridayClose = t('2025-06-13T20:00:00Z')
    const monthLater = t('2025-07-14T20:00:00Z')
    const talksEnded = t('2025-06-12T17:00:00Z')
    expect(stalePrice(fridayClose, monthLater, ny, daily, () => talksEnded)).toEqual({
      words: 'Series ends Fri 13 Jun',
      kind: 'ended',
    })
    expect(stalePrice(fridayClose, monthLater, ny, fiveMinutes, () => fridayClose)?.kind).toBe(
      'ended',
    )
    // A quote after the last price, talks still going, or not known: the reaction may be missing.
    for (const talksEnd of [fridayClose + minute, Infinity, null])
      expect(stalePrice(fridayClose, monthLater, ny, daily, () => talksEnd)).toEqual({
        words: 'No close since Fri 13 Jun',
        kind: 'missing',
      })
    // The talks' end is asked for only then: a fresh price reads no quote's date.
    const asked = vi.fn(() => talksEnded)
    stalePrice(fridayClose, fridayClose + 30 * minute, ny, fiveMinutes, asked)
    stalePrice(fridayClose, t('2025-06-18T21:00:00Z'), ny, daily, asked)
    expect(asked).not.toHaveBeenCalled()
    // Days, not weeks, without a price: still a warning, whatever the talks.
    expect(stalePrice(fridayClose, t('2025-06-18T21:00:00Z'), ny, daily, () => talksEnded)).toEqual(
      {
        words: 'No close for 3 trading days',
        kind: 'missing',
      },
    )
  })

  it('names a last price dated more than five minutes after now, whatever the hours', () => {
    const saturday = t('2025-06-14T12:00:00Z')
    expect(stalePrice(saturday + 5 * minute, saturday, ny, fiveMinutes, unknown)).toBeNull()
    expect(stalePrice(saturday + 165 * minute, saturday, ny, fiveMinutes, unknown)).toEqual({
      words: 'Last price 2 h 45 min ahead of now',
      kind: 'ahead',
    })
    const unknownHours = { tradingHours: [], timeZone: 'America/New_York' }
    expect(
      stalePrice(saturday + 3 * 60 * minute, saturday, unknownHours, daily, unknown)?.kind,
    ).toBe('ahead')
  })

  it('never calls weekly or coarser series out of date', () => {
    const weekly: Cadence = { kind: 'coarse', stepMs: 7 * 86_400_000, declared: '1w' }
    expect(
      stalePrice(t('2025-01-03T21:00:00Z'), t('2025-06-10T20:00:00Z'), ny, weekly, unknown),
    ).toBeNull()
  })
})
