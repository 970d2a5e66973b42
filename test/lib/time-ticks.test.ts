import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { labelsFit, timeAxisTicks } from '../../src/lib/time-ticks'

const at = (iso: string) => Date.parse(iso)
const labels = (from: string, to: string, width: number, zone: string) =>
  timeAxisTicks([at(from), at(to)], width, zone).map((t) => t.label)

describe('time axis ticks', () => {
  it('within a day: hours, the first dated', () => {
    expect(labels('2025-06-09T10:00:00Z', '2025-06-09T20:00:00Z', 560, 'Europe/London')).toEqual([
      'Mon 9 Jun 12:00',
      '14:00',
      '16:00',
      '18:00',
      '20:00',
    ])
  })

  it('over a day and a half: hours, with the date again on the first tick of the new day', () => {
    expect(labels('2025-06-09T00:00:00Z', '2025-06-10T09:00:00Z', 560, 'Europe/London')).toEqual([
      'Mon 9 Jun 06:00',
      '12:00',
      '18:00',
      'Tue 10 Jun',
      '06:00',
    ])
  })

  it('for daily closes: no step finer than a day, however wide the plot', () => {
    // Six days at 1,100 px fit a tick every 12 hours; closes once a day make those noise.
    const window = [at('2025-07-26T00:00:00Z'), at('2025-08-01T12:00:00Z')] as const
    expect(timeAxisTicks(window, 1100, 'Europe/London').some((t) => t.label === '12:00')).toBe(true)
    const daily = timeAxisTicks(window, 1100, 'Europe/London', 8, undefined, 0.9 * 86_400_000)
    expect(daily.map((t) => t.label)).toEqual([
      'Sun 27 Jul',
      'Mon 28',
      'Tue 29',
      'Wed 30',
      'Thu 31',
      'Fri 1 Aug',
    ])
  })

  it('in the display zone: the same moments read in Hong Kong', () => {
    expect(labels('2025-06-09T00:00:00Z', '2025-06-10T09:00:00Z', 560, 'Asia/Hong_Kong')).toEqual([
      'Mon 9 Jun 12:00',
      '18:00',
      'Tue 10 Jun',
      '06:00',
      '12:00',
    ])
  })

  it('over two weeks: days with weekday and date, the month on the first', () => {
    expect(labels('2025-06-02T00:00:00Z', '2025-06-16T00:00:00Z', 560, 'UTC')).toEqual([
      'Tue 3 Jun',
      'Thu 5',
      'Sat 7',
      'Mon 9',
      'Wed 11',
      'Fri 13',
      'Sun 15',
    ])
  })

  it('over three and a half months: every other Monday when wide, months when narrow, the month or year named when it changes', () => {
    const wide = labels('2025-03-03T00:00:00Z', '2025-06-20T00:00:00Z', 900, 'America/New_York')
    expect(wide).toEqual([
      'Mon 17 Mar',
      'Mon 31',
      'Mon 14 Apr',
      'Mon 28',
      'Mon 12 May',
      'Mon 26',
      'Mon 9 Jun',
    ])
    expect(labels('2025-03-03T00:00:00Z', '2025-06-20T00:00:00Z', 260, 'America/New_York')).toEqual(
      ['Apr 2025', 'May', 'Jun'],
    )
  })

  it("given the page's now, the first date of another year says its year, and so does a new year", () => {
    const now = at('2026-12-04T10:00:00Z')
    const dated = (from: string, to: string, width: number) =>
      timeAxisTicks([at(from), at(to)], width, 'UTC', 8, now).map((t) => t.label)
    expect(dated('2025-06-09T10:00:00Z', '2025-06-09T20:00:00Z', 560)).toEqual([
      'Mon 9 Jun 2025 12:00',
      '14:00',
      '16:00',
      '18:00',
    ])
    expect(dated('2025-06-02T00:00:00Z', '2025-06-16T00:00:00Z', 560)).toEqual([
      'Tue 3 Jun 2025',
      'Thu 5',
      'Sat 7',
      'Mon 9',
      'Wed 11',
      'Fri 13',
      'Sun 15',
    ])
    // Across New Year into this year: the year named again where it changes (longer labels: every other day).
    expect(dated('2025-12-27T00:00:00Z', '2026-01-04T00:00:00Z', 560)).toEqual([
      'Sun 28 Dec 2025',
      'Tue 30',
      'Thu 1 Jan 2026',
      'Sat 3',
    ])
    // This year's dates as before.
    expect(dated('2026-06-02T00:00:00Z', '2026-06-05T00:00:00Z', 560)[0]).toBe('Tue 2 Jun 12:00')
  })

  it('over five years: years', () => {
    expect(labels('2020-03-03T00:00:00Z', '2025-06-20T00:00:00Z', 500, 'America/New_York')).toEqual(
      ['2021', '2022', '2023', '2024', '2025'],
    )
  })

  it('a week in a narrow card (150 to 200 px): two or more dates, not a bare axis (its Mondays fell on both ends)', () => {
    for (const width of [150, 180, 200]) {
      const names = labels('2025-06-09T00:00:00Z', '2025-06-16T00:00:00Z', width, 'Europe/London')
      expect(names.length, `${width} px`).toBeGreaterThanOrEqual(2)
      expect(names[0], `${width} px`).toMatch(/ Jun$/)
    }
  })

  it('about five months at 300 px: two or more month labels (a random run found one: monthly ticks 60 px apart, less 1 ms, and quarterly ones lost January to the edge)', () => {
    const from = at('2000-01-01T00:00:00Z')
    const ticks = timeAxisTicks([from, from + 145 * 86_400_000 + 1], 300, 'UTC')
    expect(ticks.map((t) => t.label)).toEqual(['Mar 2000', 'May'])
  })

  it('any span from a minute to ten years, any width, any now: labels in the window, in order, never overlapping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }),
        fc.integer({ min: 60_000, max: 10 * 365 * 86_400_000 }),
        fc.integer({ min: 120, max: 1600 }),
        fc.constantFrom(
          'UTC',
          'Europe/London',
          'America/New_York',
          'Asia/Kolkata',
          'Asia/Hong_Kong',
        ),
        // The page's now, whose year a date of another says (none: no year added).
        fc.option(
          fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') }),
          {
            nil: undefined,
          },
        ),
        (from, span, width, zone, now) => {
          const domain = [from, from + span] as const
          const ticks = timeAxisTicks(domain, width, zone, 8, now)
          expect(labelsFit(ticks, domain, width, 8)).toBe(true)
          ticks.forEach((tick, i) => {
            expect(tick.t).toBeGreaterThanOrEqual(domain[0])
            expect(tick.t).toBeLessThanOrEqual(domain[1])
            if (i > 0) expect(tick.t).toBeGreaterThan(ticks[i - 1]!.t)
          })
          if (width >= 300 && span >= 15 * 60_000) expect(ticks.length).toBeGreaterThanOrEqual(2)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('time axis ticks on hostile spans', () => {
  it('gives no ticks, quickly, for a window beyond the years 1000 to 9999 or wider than ten-year steps allow', () => {
    expect(timeAxisTicks([0, 8.64e15], 600, 'UTC')).toEqual([])
    expect(timeAxisTicks([-8.64e15, 0], 600, 'UTC')).toEqual([])
    const started = performance.now()
    expect(timeAxisTicks([Date.UTC(1500, 0, 1), Date.UTC(2500, 0, 1)], 600, 'UTC')).toEqual([])
    expect(
      timeAxisTicks([Date.UTC(1990, 0, 1), Date.UTC(2040, 0, 1)], 600, 'UTC').map((t) => t.label),
    ).toEqual(['2000', '2010', '2020', '2030']) // 2040 sits on the right edge: its label would overhang
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
