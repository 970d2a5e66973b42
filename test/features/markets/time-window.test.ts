import { describe, expect, it } from 'vitest'
import { computeWindow, timeTicks } from '../../../src/features/markets/time-window'
import type { MarketEvent } from '../../../src/features/markets/market-events'

const at = (iso: string) => Date.parse(iso)
const day1: MarketEvent = {
  kind: 'session',
  id: 'london-day-1',
  at: at('2025-06-09T13:00:00+01:00'),
  end: at('2025-06-09T19:00:00+01:00'),
  precision: 'approximate',
  label: 'Day 1 (session)',
  detail: '',
  sessionId: 'london-day-1',
}
const quote: MarketEvent = {
  ...day1,
  kind: 'quote',
  id: 'bessent-good',
  at: at('2025-06-09T19:30:00+01:00'),
  end: null,
  label: 'Bessent',
}
const extent = [at('2025-06-09T00:00:00Z'), at('2025-06-10T08:10:00Z')] as const

describe('computeWindow', () => {
  it('shows the selected session with two hours either side', () => {
    expect(computeWindow('event', day1, [day1], extent, 'Europe/London')).toEqual([
      at('2025-06-09T10:00:00Z'),
      at('2025-06-09T20:00:00Z'),
    ])
  })

  it("shows a quote's session when it has one", () => {
    expect(computeWindow('event', quote, [day1, quote], extent, 'Europe/London')).toEqual(
      computeWindow('event', day1, [day1], extent, 'Europe/London'),
    )
  })

  it('shows the calendar day of the event in the display zone', () => {
    expect(computeWindow('day', day1, [day1], extent, 'Europe/London')).toEqual([
      at('2025-06-08T23:00:00Z'),
      at('2025-06-09T23:00:00Z'),
    ])
    expect(computeWindow('day', day1, [day1], extent, 'Asia/Hong_Kong')).toEqual([
      at('2025-06-08T16:00:00Z'),
      at('2025-06-09T16:00:00Z'),
    ])
  })

  it('shows the whole round, to the hour, and falls back to it without an event', () => {
    const round = [at('2025-06-09T00:00:00Z'), at('2025-06-10T09:00:00Z')]
    expect(computeWindow('round', day1, [day1], extent, 'UTC')).toEqual(round)
    expect(computeWindow('event', null, [], extent, 'UTC')).toEqual(round)
  })
})

describe('timeTicks', () => {
  it('gives a few whole-hour ticks inside the window', () => {
    const window = [at('2025-06-09T10:00:00Z'), at('2025-06-09T20:00:00Z')] as const
    const ticks = timeTicks(window, 5)
    expect(ticks.length).toBeLessThanOrEqual(6)
    ticks.forEach((t) => {
      expect(t % 3_600_000).toBe(0)
      expect(t).toBeGreaterThanOrEqual(window[0])
      expect(t).toBeLessThanOrEqual(window[1])
    })
  })

  it('gives whole-day steps and still a few ticks over years or millennia (a 9999 replay moment)', () => {
    for (const window of [
      [at('2025-06-09T00:00:00Z'), at('2035-06-09T00:00:00Z')],
      [at('0001-01-01T00:00:00Z'), at('9999-12-31T23:59:59Z')],
    ] as const) {
      const ticks = timeTicks(window, 5)
      expect(ticks.length).toBeGreaterThanOrEqual(2)
      expect(ticks.length).toBeLessThanOrEqual(6)
      ticks.forEach((t) => {
        expect(Math.abs(t % 86_400_000)).toBe(0)
        expect(t >= window[0] && t <= window[1]).toBe(true)
      })
    }
    expect(timeTicks([at('2025-06-10T00:00:00Z'), at('2025-06-09T00:00:00Z')], 5)).toEqual([])
  })
})
