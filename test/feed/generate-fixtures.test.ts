// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  generateSeries,
  generateSeriesFiles,
  mulberry32,
  STEP_MINUTES,
  WINDOW_START,
} from '../../scripts/generate-fixtures'
import { seriesSchema } from '../../src/feed/schemas/markets'
import { documentSchemas } from '../../src/feed/schemas/documents'
import { isMarketOpen, tradingSessionsBetween } from '../../src/feed/trading-hours'

const fixtures = new URL('../../mocks/fixtures/', import.meta.url)
const marketsJson: unknown = JSON.parse(readFileSync(new URL('markets.json', fixtures), 'utf8'))
const { instruments } = documentSchemas.markets.parse(marketsJson)
const committed = (path: string) => readFileSync(new URL(path, fixtures), 'utf8')
const seriesOf = (id: string) => seriesSchema.parse(JSON.parse(committed(`series/${id}.json`)))
const ms = (iso: string) => Date.parse(iso)

describe('npm run fixtures', () => {
  it('is deterministic and matches the committed series byte for byte', () => {
    const first = generateSeriesFiles(marketsJson)
    const second = generateSeriesFiles(structuredClone(marketsJson))
    expect([...first.keys()]).toEqual(
      instruments.map((instrument) => `series/${instrument.id}.json`),
    )
    expect(second).toEqual(first)
    for (const [path, text] of first)
      expect(committed(path), `${path} is stale: run npm run fixtures`).toBe(text)
  })

  it('seeds its PRNG: same seed, same stream; values in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const stream = Array.from({ length: 1000 }, () => a())
    expect(Array.from({ length: 1000 }, () => b())).toEqual(stream)
    expect(stream.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(mulberry32(43)()).not.toBe(stream[0])
  })
})

describe.each(instruments)('series/$id.json', (instrument) => {
  const series = seriesOf(instrument.id)
  const points = series.points
  const times = points.map((point) => ms(point.t))
  const asOf = ms(instrument.asOf)

  it('is flagged illustrative, says so in its note, and names its instrument', () => {
    expect(series.instrumentId).toBe(instrument.id)
    expect(series.illustrative).toBe(true)
    expect(series.note).toMatch(/illustrative/i)
    expect(series.note).toMatch(/only the final value .* is from the source/i)
  })

  it('runs from the window start to asOf, in time order, every 5 minutes within a session', () => {
    expect(times[0]).toBeGreaterThanOrEqual(WINDOW_START.getTime())
    expect(times.at(-1)).toBe(asOf)
    const sessions = tradingSessionsBetween(
      WINDOW_START,
      new Date(asOf),
      instrument.tradingHours,
      instrument.timeZone,
    )
    for (let i = 1; i < times.length; i++) {
      const gap = (times[i] ?? 0) - (times[i - 1] ?? 0)
      expect(gap).toBeGreaterThan(0)
      const sameSession = sessions.some(
        ([open, close]) =>
          open.getTime() <= (times[i - 1] ?? 0) && (times[i] ?? 0) <= close.getTime(),
      )
      if (sameSession) expect(gap).toBeLessThanOrEqual(STEP_MINUTES * 60_000)
    }
  })

  it('has no point while the market is closed (a point may sit exactly on a close)', () => {
    const sessions = tradingSessionsBetween(
      WINDOW_START,
      new Date(asOf + 1),
      instrument.tradingHours,
      instrument.timeZone,
    )
    const closes = new Set(sessions.map(([, close]) => close.getTime()))
    const closed = points.filter(
      (point) =>
        !isMarketOpen(new Date(point.t), instrument.tradingHours, instrument.timeZone) &&
        !closes.has(ms(point.t)),
    )
    expect(closed).toEqual([])
  })

  it('ends exactly at the figure in markets.json', () => {
    if (instrument.last !== null) {
      expect(series.basis).toBe('level')
      expect(points.at(-1)?.v).toBe(instrument.last)
    } else {
      expect(series.basis).toBe('percent-change')
      expect(points.at(-1)?.v).toBe(instrument.changePercent)
    }
  })

  it('measures against the previous close: its value, its time, and the path passes through it', () => {
    const reference = series.reference
    if (series.basis === 'level') {
      const last = instrument.last ?? NaN
      expect(reference.value).toBe(
        Math.round((last / (1 + (instrument.changePercent ?? 0) / 100)) * 100) / 100,
      )
    } else {
      expect(reference.value).toBeNull()
    }
    // The reference is the last close of the trading day before the one that ends at asOf.
    const at = ms(reference.at)
    expect(at).toBeLessThan(asOf)
    const sessions = tradingSessionsBetween(
      new Date(at - 86_400_000),
      new Date(asOf),
      instrument.tradingHours,
      instrument.timeZone,
    )
    expect(sessions.some(([, close]) => close.getTime() === at)).toBe(true)
    const atReference = points.find((point) => ms(point.t) === at)
    if (at >= WINDOW_START.getTime()) expect(atReference?.v).toBe(reference.value ?? 0)
    else expect(atReference).toBeUndefined()
  })

  it('rounds values to 2 decimals', () => {
    for (const point of points.slice(0, -1)) expect(Math.round(point.v * 100) / 100).toBe(point.v)
  })
})

describe('generateSeries', () => {
  const spx = instruments.find((instrument) => instrument.id === 'spx')
  if (spx === undefined) throw new Error('spx missing from markets.json')

  it('follows the clocks across a DST change (New York, 2025-03-09)', () => {
    const series = generateSeries(
      { ...spx, asOf: '2025-03-10T16:00:00-04:00' },
      new Date('2025-03-07T00:00:00Z'),
    )
    expect(series.reference.at).toBe('2025-03-07T21:00:00Z') // Friday close, 16:00 EST
    expect(series.points[0]?.t).toBe('2025-03-07T14:30:00Z')
    expect(series.points.map((point) => point.t)).toContain('2025-03-10T13:30:00Z') // Monday open, 09:30 EDT
    expect(series.points.at(-1)).toEqual({ t: '2025-03-10T20:00:00Z', v: spx.last })
    expect(series.points.find((point) => point.t === series.reference.at)?.v).toBe(
      series.reference.value,
    )
  })

  it('refuses an instrument with no figure to end at', () => {
    expect(() => generateSeries({ ...spx, last: null, changePercent: null })).toThrow(
      /nothing to end at/,
    )
  })
})
