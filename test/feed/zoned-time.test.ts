// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/lib/civil-date'
import { wallClock, zoneOffsetMinutes, zonedTimeToUtc } from '../../src/lib/zoned-time'
import {
  isMarketOpen,
  tradingSessionsBetween,
  type TradingInterval,
} from '../../src/feed/trading-hours'

const iso = (date: Date) => date.toISOString()
const intervals = (list: TradingInterval[]) => list.map(([open, close]) => [iso(open), iso(close)])
const at = (text: string) => new Date(text)

const nyse = [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }]
const nse = [{ days: [1, 2, 3, 4, 5], open: '09:15', close: '15:30' }]
/** Sunday 18:00 to Friday 17:00, with a daily break: each session closes the next day. */
const aroundTheClock = [{ days: [0, 1, 2, 3, 4], open: '18:00', close: '17:00' }]

describe('zonedTimeToUtc', () => {
  it('uses the offset in force on the day, across the New York spring-forward (2025-03-09)', () => {
    expect(iso(zonedTimeToUtc('2025-03-07', '09:30', 'America/New_York'))).toBe(
      '2025-03-07T14:30:00.000Z',
    )
    expect(iso(zonedTimeToUtc('2025-03-10', '09:30', 'America/New_York'))).toBe(
      '2025-03-10T13:30:00.000Z',
    )
  })

  it('moves a time inside the spring-forward gap forward by the gap', () => {
    expect(iso(zonedTimeToUtc('2025-03-09', '02:30', 'America/New_York'))).toBe(
      '2025-03-09T07:30:00.000Z',
    )
    expect(iso(zonedTimeToUtc('2025-03-30', '01:30', 'Europe/London'))).toBe(
      '2025-03-30T01:30:00.000Z',
    )
  })

  it('takes the earlier instant for a time that occurs twice (fall-back)', () => {
    expect(iso(zonedTimeToUtc('2025-11-02', '01:30', 'America/New_York'))).toBe(
      '2025-11-02T05:30:00.000Z',
    )
    expect(iso(zonedTimeToUtc('2025-10-26', '01:30', 'Europe/London'))).toBe(
      '2025-10-26T00:30:00.000Z',
    )
  })

  it('handles half-hour zones without daylight saving (Asia/Kolkata, +05:30)', () => {
    expect(iso(zonedTimeToUtc('2025-06-10', '09:15', 'Asia/Kolkata'))).toBe(
      '2025-06-10T03:45:00.000Z',
    )
    expect(iso(zonedTimeToUtc('2025-01-01', '00:00', 'Asia/Kolkata'))).toBe(
      '2024-12-31T18:30:00.000Z',
    )
  })

  it('rejects malformed input', () => {
    expect(() => zonedTimeToUtc('2025-6-10', '09:15', 'Asia/Kolkata')).toThrow(RangeError)
    expect(() => zonedTimeToUtc('2025-02-30', '09:15', 'Asia/Kolkata')).toThrow(RangeError)
    expect(() => zonedTimeToUtc('2025-06-10', '24:00', 'Asia/Kolkata')).toThrow(RangeError)
    expect(() => zonedTimeToUtc('2025-06-10', '09:15', 'Mars/Olympus_Mons')).toThrow(RangeError)
  })

  it('answers a repeated question the same, whatever a caller did to an earlier answer', () => {
    const first = zonedTimeToUtc('2025-06-10', '09:30', 'America/New_York')
    first.setTime(0)
    expect(zonedTimeToUtc('2025-06-10', '09:30', 'America/New_York').toISOString()).toBe(
      '2025-06-10T13:30:00.000Z',
    )
    expect(zonedTimeToUtc('2025-06-10', '09:30', 'Europe/London').toISOString()).toBe(
      '2025-06-10T08:30:00.000Z',
    )
  })
})

describe('wallClock, zoneOffsetMinutes, addDays', () => {
  it('reads the wall clock and offset of an instant', () => {
    expect(wallClock(at('2025-06-09T00:00:00Z'), 'America/New_York')).toEqual({
      date: '2025-06-08',
      time: '20:00:00',
      weekday: 0,
    })
    expect(wallClock(at('2025-06-09T16:00:00Z'), 'Asia/Kolkata')).toEqual({
      date: '2025-06-09',
      time: '21:30:00',
      weekday: 1,
    })
    expect(zoneOffsetMinutes(at('2025-06-09T12:00:00Z'), 'America/New_York')).toBe(-240)
    expect(zoneOffsetMinutes(at('2025-01-09T12:00:00Z'), 'America/New_York')).toBe(-300)
    expect(zoneOffsetMinutes(at('2025-06-09T12:00:00Z'), 'Asia/Kolkata')).toBe(330)
  })

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31')
  })
})

describe('tradingSessionsBetween', () => {
  it('gives each weekday session in UTC, with the offset of its own day across DST', () => {
    const sessions = tradingSessionsBetween(
      at('2025-03-06T00:00:00Z'),
      at('2025-03-12T00:00:00Z'),
      nyse,
      'America/New_York',
    )
    expect(intervals(sessions)).toEqual([
      ['2025-03-06T14:30:00.000Z', '2025-03-06T21:00:00.000Z'],
      ['2025-03-07T14:30:00.000Z', '2025-03-07T21:00:00.000Z'],
      ['2025-03-10T13:30:00.000Z', '2025-03-10T20:00:00.000Z'],
      ['2025-03-11T13:30:00.000Z', '2025-03-11T20:00:00.000Z'],
    ])
  })

  it('wraps a close earlier than the open to the next day, and keeps sessions that began before the window', () => {
    const sessions = tradingSessionsBetween(
      at('2025-03-09T12:00:00Z'),
      at('2025-03-11T00:00:00Z'),
      aroundTheClock,
      'America/New_York',
    )
    expect(intervals(sessions)).toEqual([
      // Sunday 18:00 EDT (the clocks went forward that morning) to Monday 17:00 EDT.
      ['2025-03-09T22:00:00.000Z', '2025-03-10T21:00:00.000Z'],
      ['2025-03-10T22:00:00.000Z', '2025-03-11T21:00:00.000Z'],
    ])
    const friday = tradingSessionsBetween(
      at('2025-03-07T12:00:00Z'),
      at('2025-03-07T12:00:01Z'),
      aroundTheClock,
      'America/New_York',
    )
    expect(intervals(friday)).toEqual([['2025-03-06T23:00:00.000Z', '2025-03-07T22:00:00.000Z']])
  })

  it('gives lunch breaks as separate sessions and nothing for an empty window', () => {
    const hk = [
      { days: [1, 2, 3, 4, 5], open: '09:30', close: '12:00' },
      { days: [1, 2, 3, 4, 5], open: '13:00', close: '16:00' },
    ]
    expect(
      intervals(
        tradingSessionsBetween(
          at('2025-06-09T00:00:00Z'),
          at('2025-06-10T00:00:00Z'),
          hk,
          'Asia/Hong_Kong',
        ),
      ),
    ).toEqual([
      ['2025-06-09T01:30:00.000Z', '2025-06-09T04:00:00.000Z'],
      ['2025-06-09T05:00:00.000Z', '2025-06-09T08:00:00.000Z'],
    ])
    expect(
      tradingSessionsBetween(
        at('2025-06-10T00:00:00Z'),
        at('2025-06-09T00:00:00Z'),
        hk,
        'Asia/Hong_Kong',
      ),
    ).toEqual([])
  })
})

describe('isMarketOpen', () => {
  it('is open from the open (inclusive) to the close (exclusive), in the market zone', () => {
    expect(isMarketOpen(at('2025-06-09T13:29:59Z'), nyse, 'America/New_York')).toBe(false)
    expect(isMarketOpen(at('2025-06-09T13:30:00Z'), nyse, 'America/New_York')).toBe(true)
    expect(isMarketOpen(at('2025-06-09T19:59:59Z'), nyse, 'America/New_York')).toBe(true)
    expect(isMarketOpen(at('2025-06-09T20:00:00Z'), nyse, 'America/New_York')).toBe(false)
    expect(isMarketOpen(at('2025-06-07T15:00:00Z'), nyse, 'America/New_York')).toBe(false) // Saturday
  })

  it('follows the clocks across the New York DST change', () => {
    // 14:00Z is 09:00 EST on Friday (closed) but 10:00 EDT on Monday (open).
    expect(isMarketOpen(at('2025-03-07T14:00:00Z'), nyse, 'America/New_York')).toBe(false)
    expect(isMarketOpen(at('2025-03-10T14:00:00Z'), nyse, 'America/New_York')).toBe(true)
  })

  it('handles Asia/Kolkata half-hour offsets', () => {
    expect(isMarketOpen(at('2025-06-10T03:44:59Z'), nse, 'Asia/Kolkata')).toBe(false)
    expect(isMarketOpen(at('2025-06-10T03:45:00Z'), nse, 'Asia/Kolkata')).toBe(true)
    expect(isMarketOpen(at('2025-06-10T09:59:59Z'), nse, 'Asia/Kolkata')).toBe(true)
    expect(isMarketOpen(at('2025-06-10T10:00:00Z'), nse, 'Asia/Kolkata')).toBe(false)
  })

  it('is open overnight in a wrapping session and shut over the weekend', () => {
    expect(isMarketOpen(at('2025-06-09T03:00:00Z'), aroundTheClock, 'America/New_York')).toBe(true)
    expect(isMarketOpen(at('2025-06-09T21:30:00Z'), aroundTheClock, 'America/New_York')).toBe(false) // daily break
    expect(isMarketOpen(at('2025-06-07T12:00:00Z'), aroundTheClock, 'America/New_York')).toBe(false) // Saturday
  })
})
