import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawSeries, segmentPoints } from '../../../src/features/markets/draw-rows'
import { tradingSpans } from '../../../src/features/markets/series-view'
import { cadenceOf } from '../../../src/lib/cadence'
import type { ChartRow } from '../../../src/features/markets/series-view'
import { dailyCloses, newYork, ny } from './daily-series'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

/** The stretches of rows a line draws, split at null rows. */
function stretches(rows: readonly ChartRow[]): ChartRow[][] {
  const out: ChartRow[][] = [[]]
  for (const row of rows) {
    if (row.v === null) out.push([])
    else out.at(-1)!.push(row)
  }
  return out.filter((s) => s.length > 0)
}

const hasLength = (s: readonly ChartRow[]) => s.length >= 2 && s[0]!.t !== s.at(-1)!.t

describe('drawing by cadence', () => {
  it('joins daily closes stamped 16:00 New York close to close, over weekends and holidays', () => {
    const series = dailyCloses('2025-03-03', '2025-06-13')
    expect(series.points).toHaveLength(73) // 15 weeks of weekdays less Good Friday and Memorial Day
    const spans = tradingSpans(newYork, [series.points[0]!.t, series.points.at(-1)!.t])
    const { rows, lone } = drawSeries(series.points, spans, series.cadence!, 600)
    expect(rows.filter((r) => r.v === null)).toHaveLength(0)
    expect(lone).toHaveLength(0)
    // The line spans the data: from the first close to the last.
    expect(rows[0]!.t).toBe(series.points[0]!.t)
    expect(rows.at(-1)!.t).toBe(series.points.at(-1)!.t)
  })

  it('shows a gap in daily data longer than a long weekend as a gap, not a straight line', () => {
    const series = dailyCloses('2025-03-03', '2025-06-13')
    const points = series.points.filter(
      (p) => p.t < ny('2025-04-01', '00:00') || p.t > ny('2025-04-14', '00:00'),
    )
    const segments = segmentPoints(points, [], cadenceOf(points.map((p) => p.t)))
    expect(segments).toHaveLength(2)
    expect(segments[0]!.at(-1)!.t).toBe(ny('2025-03-31', '16:00'))
    expect(segments[1]![0]!.t).toBe(ny('2025-04-14', '16:00'))
  })

  it('breaks intraday data at closed hours and at a halt, and keeps a minute series in a session whole', () => {
    const day1 = [ny('2025-06-09', '09:30'), ny('2025-06-09', '16:00')] as const
    const day2 = [ny('2025-06-10', '09:30'), ny('2025-06-10', '16:00')] as const
    const points: { t: number; v: number }[] = []
    for (const [open, close] of [day1, day2])
      for (let t = open; t <= close; t += MIN) points.push({ t, v: 1 })
    const spans = tradingSpans(newYork, [day1[0], day2[1]])
    expect(segmentPoints(points, spans, cadenceOf(points.map((p) => p.t)))).toHaveLength(2)
    // A 40-minute halt inside the second session.
    const halted = points.filter(
      (p) => p.t < ny('2025-06-10', '11:00') || p.t > ny('2025-06-10', '11:40'),
    )
    expect(segmentPoints(halted, spans, cadenceOf(halted.map((p) => p.t)))).toHaveLength(3)
  })

  it('joins a gap only a few pixels wide (hourly FX over a year), and keeps it where it shows', () => {
    // Test data: hourly prices on weekdays, none at weekends, from Mon 3 Jun 2024.
    const hourlyWeekdays = (weeks: number) => {
      const points: { t: number; v: number }[] = []
      const start = Date.parse('2024-06-03T00:00:00Z')
      for (let t = start; t < start + weeks * 7 * DAY; t += HOUR)
        if (new Date(t).getUTCDay() % 6 !== 0) points.push({ t, v: 1.08 })
      return points
    }
    const year = hourlyWeekdays(52)
    // A weekend is some 3 px of 500 across a year, 7 px of 1,200: breaks there read as dashes.
    for (const width of [500, 1200])
      expect(
        stretches(drawSeries(year, [], cadenceOf(year.map((p) => p.t)), width).rows),
      ).toHaveLength(1)
    const fortnight = hourlyWeekdays(2)
    const drawnFortnight = drawSeries(fortnight, [], cadenceOf(fortnight.map((p) => p.t)), 500)
    // Across two weeks a weekend is 70 px: the line breaks for it.
    expect(stretches(drawnFortnight.rows)).toHaveLength(2)
  })

  it('draws a single point as a dot', () => {
    const { rows, lone } = drawSeries([{ t: 1000, v: 5 }], [], cadenceOf([1000]), 100)
    expect(rows).toEqual([{ t: 1000, v: 5 }])
    expect(lone).toEqual([{ t: 1000, v: 5 }])
  })

  it('never draws a zero-length segment alone: a lone instant is a dot', () => {
    const points = [
      { t: 0, v: 1 },
      { t: DAY, v: 2 },
      { t: 2 * DAY, v: 3 },
      { t: 30 * DAY, v: 4 },
    ]
    const { rows, lone } = drawSeries(points, [], cadenceOf(points.map((p) => p.t)), 100)
    expect(stretches(rows).map((s) => s.length)).toEqual([3, 1])
    expect(lone).toEqual([{ t: 30 * DAY, v: 4 }])
  })
})

const steps = [1000, MIN, 5 * MIN, HOUR, DAY, 7 * DAY, 30 * DAY]

describe('any series of any cadence, with two or more points in view', () => {
  it('draws some line (not only zero-length segments), and every other point as a dot', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...steps),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 40 }),
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          ),
          { minLength: 2, maxLength: 200 },
        ),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.option(fc.constantFrom('tick', '1m', '5m', '1h', '1d', '1w', '1mo'), { nil: undefined }),
        fc.boolean(),
        (step, gaps, start, interval, withHours) => {
          let t = start
          const points = gaps.map(([gap, v]) => ({ t: (t += gap * step), v }))
          if (points[0]!.t === points.at(-1)!.t) return // one instant: a dot, tested above
          const times = points.map((p) => p.t)
          const trading = withHours ? tradingSpans(newYork, [times[0]!, times.at(-1)!]) : []
          const { rows, lone } = drawSeries(points, trading, cadenceOf(times, interval), 300)
          const drawn = stretches(rows)
          expect(drawn.some(hasLength)).toBe(true)
          // A stretch of one instant is always drawn as a dot.
          for (const s of drawn)
            if (!hasLength(s)) expect(lone.some((p) => p.t === s[0]!.t)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('drawing a rebased series', () => {
  it('keeps the points it would keep unmoved, and moves only those', () => {
    // Values and the map are exact in binary (integers, times 4, plus 3): no rounding to differ.
    const move = (v: number) => v * 4 + 3
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -1000, max: 1000 })), {
          minLength: 2,
          maxLength: 3000,
        }),
        fc.integer({ min: 40, max: 400 }),
        (gaps, budget) => {
          let t = Date.UTC(2025, 5, 9, 13, 30)
          const points = gaps.map(([gap, v]) => ({ t: (t += gap * MIN), v }))
          const cadence = cadenceOf(points.map((p) => p.t))
          const plain = drawSeries(points, [], cadence, budget)
          const moved = drawSeries(points, [], cadence, budget, move)
          expect(moved.rows).toEqual(
            plain.rows.map((r) => ({ t: r.t, v: r.v === null ? null : move(r.v) })),
          )
          expect(moved.drawn).toEqual(plain.drawn.map((p) => ({ t: p.t, v: move(p.v) })))
          expect(moved.lone).toEqual(plain.lone.map((p) => ({ t: p.t, v: move(p.v) })))
          // And the same as drawing the moved series itself.
          const movedFirst = points.map((p) => ({ t: p.t, v: move(p.v) }))
          expect(moved.rows).toEqual(drawSeries(movedFirst, [], cadence, budget).rows)
        },
      ),
      { numRuns: 200 },
    )
  })
})
