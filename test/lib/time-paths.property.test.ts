// @vitest-environment node
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { instrumentAsOf, quotesAsOf, seriesAsOf } from '../../src/feed/as-of'
import { replaySpan } from '../../src/feed/replay-span'
import { asOfRange } from '../../src/feed/as-of-range'
import { parseSeries } from '../../src/feed/parse-series'
import { dateTimeSchema } from '../../src/feed/schemas/common'
import type { Instrument, Quote, Series } from '../../src/feed/schemas/types'
import { computeReaction } from '../../src/features/markets/reaction'
import { closedSpans, prepareSeries, tradingSpans } from '../../src/features/markets/series-view'
import { computeWindow, timeTicks, type WindowKind } from '../../src/features/markets/time-window'
import type { MarketEvent } from '../../src/features/markets/market-events'
import { parseAsOf } from '../../src/hooks/url-values'
import { wallClock, zonedTimeToUtc } from '../../src/lib/zoned-time'
import { inSessionAt, maxTradingDays, tradingSessionsBetween } from '../../src/feed/trading-hours'
import markets from '../../mocks/fixtures/markets.json'
import spxSeries from '../../mocks/fixtures/series/spx.json'

/**
 * Every time-handling path, fed instants from anywhere the feed schema accepts (years 0000-9999
 * with any offset from -23:59 to +23:59), must do bounded work: the steps counted are calls into
 * Intl (the expensive part of every zone computation) and the sizes of what comes back. On main, a
 * single 9999 timestamp made these paths walk millions of days.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** An ISO date-time string the schema accepts, anywhere in its range. */
const isoDateTime = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    offset: fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
  })
  .map(({ year, month, day, hour, minute, offset }) => {
    const sign = offset < 0 ? '-' : '+'
    const abs = Math.abs(offset)
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  })
/** The ends of the range are where the bugs were: weighted towards them. */
const instant = fc.oneof(
  isoDateTime,
  fc.constantFrom(
    '0000-01-01T00:00:00+23:59',
    '0001-01-01T00:00:00+14:00',
    '9999-12-31T23:59:59-23:59',
    '9999-12-31T23:59:59+14:00',
    '2125-06-09T20:00:00Z',
  ),
)
const zones = [
  'America/New_York',
  'Asia/Hong_Kong',
  'Asia/Shanghai',
  'Europe/London',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'UTC',
]
const zone = fc.constantFrom(...zones)
const instrument = fc
  .constantFrom(...markets.instruments)
  .chain((i) => zone.map((timeZone) => ({ ...i, timeZone }) as Instrument))
const runs = { numRuns: 150 }

let intlCalls = 0
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  const original = Intl.DateTimeFormat.prototype.formatToParts
  vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts').mockImplementation(function (
    this: Intl.DateTimeFormat,
    date,
  ) {
    intlCalls += 1
    return original.call(this, date)
  })
})
afterEach(() => vi.restoreAllMocks())

/** Runs `work` and returns what it returned and how many Intl calls it made. */
function counted<T>(work: () => T): { value: T; steps: number } {
  intlCalls = 0
  const value = work()
  return { value, steps: intlCalls }
}

const at = (iso: string) => {
  expect(dateTimeSchema.safeParse(iso).success).toBe(true)
  return Date.parse(iso)
}

describe('time-handling paths over every timestamp the schema accepts', () => {
  it('?asof= is brought inside 1970-2100 and the as-of cut stays linear', () => {
    fc.assert(
      fc.property(instant, (iso) => {
        const t = parseAsOf(iso)
        expect(t).not.toBeNull()
        expect(t).toBeGreaterThanOrEqual(asOfRange.min)
        expect(t).toBeLessThanOrEqual(asOfRange.max)
        const series: Series = {
          ...spxSeries,
          basis: 'level',
          points: [...spxSeries.points, { t: iso, v: 1 }],
        }
        expect(seriesAsOf(series, at(iso)).points.length).toBeLessThanOrEqual(series.points.length)
        const spx = { ...markets.instruments[0]!, asOf: iso } as Instrument
        expect(instrumentAsOf(spx, series, t!).instrument.id).toBe('spx')
        expect(quotesAsOf([{ saidAt: iso } as Quote], at(iso))).toHaveLength(1)
        const span = replaySpan({ series: [series] }, at(iso))
        expect(span!.end).toBeGreaterThan(span!.start)
      }),
      { ...runs, numRuns: 300 },
    )
  })

  it('far-off points cannot stretch a series: up to three extra points widen it at most fourfold (plus a month each)', () => {
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 3 }), (extra) => {
        const raw = {
          ...spxSeries,
          points: [...spxSeries.points, ...extra.map((t) => ({ t, v: 6001 }))],
        }
        const { data, problems } = parseSeries('series/spx.json', raw)
        const times = data!.points.map((p) => Date.parse(p.t))
        const own = spxSeries.points.map((p) => Date.parse(p.t))
        const ownSpan = Math.max(...own) - Math.min(...own)
        // An extra point is kept only if its gap is at most a month or what the rest spans.
        expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(
          ownSpan + extra.length * (ownSpan + 31 * 86_400_000),
        )
        expect(data!.points.length + problems.length).toBe(raw.points.length)
        for (const problem of problems)
          expect(problem.message).toMatch(/^far-off time ".+": .+ from the series' other points/)
      }),
      runs,
    )
  })

  it('wall clock and zoned times: a fixed number of Intl calls, no throw at the ends of the range', () => {
    fc.assert(
      fc.property(instant, zone, (iso, z) => {
        const { value: wall, steps } = counted(() => wallClock(new Date(at(iso)), z))
        expect(steps).toBe(1)
        const back = counted(() => zonedTimeToUtc(wall.date, wall.time.slice(0, 5), z))
        expect(back.steps).toBeLessThanOrEqual(4)
        // Back to the same minute, except inside a clock change or at an LMT offset with seconds.
        expect(
          Math.abs(back.value.getTime() - Math.floor(at(iso) / 60_000) * 60_000),
        ).toBeLessThanOrEqual(3 * 3_600_000)
      }),
      { ...runs, numRuns: 300 },
    )
  })

  it('trading-hours walks cover at most maxTradingDays, whatever the span', () => {
    fc.assert(
      fc.property(instant, instant, instrument, (a, b, market) => {
        const [from, to] = [at(a), at(b)].sort((x, y) => x - y) as [number, number]
        const { value, steps } = counted(() =>
          tradingSessionsBetween(
            new Date(from),
            new Date(to),
            market.tradingHours,
            market.timeZone,
          ),
        )
        const sessions = market.tradingHours.length
        expect(value.length).toBeLessThanOrEqual(maxTradingDays * sessions)
        expect(steps).toBeLessThanOrEqual(maxTradingDays * sessions * 8 + 4)
        const spans = counted(() => tradingSpans(market, [from, to]))
        expect(spans.steps).toBeLessThanOrEqual(maxTradingDays * sessions * 8 + 4)
        expect(closedSpans(spans.value, [from, to]).length).toBeLessThanOrEqual(
          spans.value.length + 1,
        )
      }),
      { ...runs, numRuns: 60 },
    )
  })

  it('in session at each point over years: as a walk around that point alone, bounded by the points', () => {
    const hours = fc.array(fc.integer({ min: 0, max: 800 * 24 }), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(instant, hours, instrument, (iso, offsets, market) => {
        // Points up to two years and two months after one another: more than one walk covers.
        const times = offsets.map((h) => at(iso) + h * 3_600_000)
        const { value, steps } = counted(() =>
          inSessionAt(times, market.tradingHours, market.timeZone),
        )
        const sessions = market.tradingHours.length
        expect(steps).toBeLessThanOrEqual(times.length * (maxTradingDays * sessions * 8 + 4))
        const alone = (t: number) =>
          tradingSessionsBetween(
            new Date(t - 1),
            new Date(t + 1),
            market.tradingHours,
            market.timeZone,
          ).some(([open, close]) => open.getTime() <= t && t <= close.getTime())
        expect(value).toEqual(times.map(alone))
      }),
      { ...runs, numRuns: 40 },
    )
  })

  it('windows and axis ticks: a few ticks for any window, every window kind at any event time', () => {
    const kinds: WindowKind[] = ['event', 'day', 'round']
    fc.assert(
      fc.property(
        instant,
        instant,
        instant,
        zone,
        fc.integer({ min: 1, max: 12 }),
        (e, a, b, z, count) => {
          const extent = [at(a), at(b)].sort((x, y) => x - y) as [number, number]
          const event: MarketEvent = {
            kind: 'quote',
            id: 'q',
            at: at(e),
            end: null,
            precision: 'exact',
            label: 'q',
            detail: '',
            sessionId: null,
          }
          for (const kind of kinds) {
            const { value: window, steps } = counted(() =>
              computeWindow(kind, event, [event], extent, z),
            )
            expect(steps).toBeLessThanOrEqual(12)
            expect(window[1]).toBeGreaterThanOrEqual(window[0])
            const ticks = timeTicks(window, count)
            expect(ticks.length).toBeLessThanOrEqual(count + 1)
            for (const tick of ticks) expect(tick >= window[0] && tick <= window[1]).toBe(true)
          }
        },
      ),
      runs,
    )
  })

  it('reaction after an event: an 11-day walk at most, at any event time', () => {
    const prepared = prepareSeries({ ...spxSeries, basis: 'level' })
    fc.assert(
      fc.property(instant, instrument, (e, market) => {
        const { value, steps } = counted(() => computeReaction(market, prepared, at(e)))
        expect(value.instrumentId).toBe(market.id)
        expect(steps).toBeLessThanOrEqual(14 * market.tradingHours.length * 8 + 100)
      }),
      runs,
    )
  })
})
