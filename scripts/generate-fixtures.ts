/**
 * Generates the illustrative intraday series of the demo feed, mocks/fixtures/series/<id>.json,
 * from mocks/fixtures/markets.json. Deterministic: a seeded PRNG, no clock; the same markets.json
 * gives the same files byte for byte.
 *
 * Each path is a seeded random walk on 5-minute points, only inside trading sessions, tied down as
 * a Brownian bridge: it passes exactly through the previous close (the reference) and ends exactly
 * at the figure the source gives (`last`, or `changePercent` when there is no level).
 *
 *   npm run fixtures
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as z from 'zod/mini'
import { instrumentSchema } from '../src/feed/schemas/markets'
import { seriesPath } from '../src/feed/schemas/documents'
import type { Instrument, Series } from '../src/feed/schemas/types'
import { wallClock } from '../src/lib/zoned-time'
import { tradingSessionsBetween, type TradingInterval } from '../src/feed/trading-hours'

export const SEED = 20250609
/** Start of every series window. */
export const WINDOW_START = new Date('2025-06-09T00:00:00Z')
export const STEP_MINUTES = 5

const STEP = STEP_MINUTES * 60_000
/** Standard deviation of one 5-minute step, as a fraction of the level. */
const STEP_VOLATILITY: Record<Instrument['kind'], number> = {
  'equity-index': 0.0008,
  commodity: 0.0012,
  'currency-index': 0.0003,
  stock: 0.0015,
  fx: 0.0003,
  yield: 0.001,
  future: 0.0012,
  other: 0.001,
}
/** How far back to look for the previous trading day (covers long holiday weekends). */
const LOOKBACK = 10 * 86_400_000

const marketsFileSchema = z.object({ instruments: z.array(instrumentSchema) })

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a: a 32-bit hash of a string, to give each instrument its own stream. */
function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Approximately standard normal (Irwin–Hall: 12 uniforms); only + and -, so exactly reproducible. */
function normal(random: () => number): number {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += random()
  return sum - 6
}

// ---------------------------------------------------------------------------------------------
// Time grid

const round2 = (value: number) => Math.round(value * 100) / 100
const iso = (epochMs: number) => new Date(epochMs).toISOString().replace('.000Z', 'Z')

/** 5-minute points from open to close inclusive, on the UTC 5-minute grid (open and close added). */
function sessionPoints(open: number, close: number): number[] {
  const times = [open]
  for (let t = Math.floor(open / STEP) * STEP + STEP; t < close; t += STEP) times.push(t)
  if (close > open) times.push(close)
  return times
}

/** Variance of the move over closed hours, in 5-minute steps: about one step per closed hour. */
function gapWeight(closedMs: number): number {
  return Math.min(24, Math.max(1, closedMs / 3_600_000))
}

/** Groups sessions into trading days: the market-local date each session opens on. */
function tradingDays(sessions: readonly TradingInterval[], zone: string): TradingInterval[][] {
  const days = new Map<string, TradingInterval[]>()
  for (const session of sessions) {
    const date = wallClock(session[0], zone).date
    days.set(date, [...(days.get(date) ?? []), session])
  }
  return [...days.values()]
}

// ---------------------------------------------------------------------------------------------
// Series

/** The previous close of a level, from the change the source gives (2 dp), or null. */
export function previousClose(instrument: Instrument): number | null {
  if (instrument.last === null) return null
  if (instrument.changePercent !== null)
    return round2(instrument.last / (1 + instrument.changePercent / 100))
  if (instrument.change !== null) return round2(instrument.last - instrument.change)
  return null
}

/** Says the path is generated, and which figure is the source's. */
function seriesNote(instrument: Instrument, derivedReference: boolean): string {
  const { last, change, changePercent, unit } = instrument
  const figure =
    last !== null ? `${last} ${unit}` : `${(changePercent ?? 0) > 0 ? '+' : ''}${changePercent}%`
  const changeText = changePercent !== null ? `${changePercent}%` : `${change} ${unit}`
  const tail =
    last === null
      ? '; values are % against the previous close.'
      : derivedReference
        ? `; the previous close is derived from it and the ${changeText} change.`
        : '.'
  return (
    `Illustrative path, generated by scripts/generate-fixtures.ts (seed ${SEED}): not real prices. ` +
    `Only the final value (${figure}) is from the source${tail}`
  )
}

export function generateSeries(instrument: Instrument, windowStart: Date = WINDOW_START): Series {
  const { id, timeZone, tradingHours } = instrument
  const asOf = new Date(instrument.asOf)
  const basis = instrument.last !== null ? 'level' : 'percent-change'
  const final = instrument.last ?? instrument.changePercent
  if (final === null)
    throw new Error(`${id}: neither last nor changePercent is given; nothing to end at`)
  const referenceValue = basis === 'level' ? previousClose(instrument) : 0

  // Trading days from well before the window up to asOf, each session clipped to asOf.
  const sessions = tradingSessionsBetween(
    new Date(windowStart.getTime() - LOOKBACK),
    asOf,
    tradingHours,
    timeZone,
  ).map(([open, close]): TradingInterval => [open, close.getTime() > asOf.getTime() ? asOf : close])
  const days = tradingDays(sessions, timeZone)
  const lastDay = days.at(-1)
  const previousDay = days.at(-2)
  if (lastDay === undefined || previousDay === undefined) {
    throw new Error(`${id}: no trading session before ${instrument.asOf}`)
  }
  const referenceAt = previousDay.at(-1)?.[1].getTime() ?? 0

  // Nodes of the walk: every point in the window, and the reference close as a node of its own
  // when it falls before the window. Each node carries the variance of the step that leads to it.
  type Node = { t: number; weight: number; point: boolean }
  const nodes: Node[] = []
  let lastClose: number | null = null
  for (const [openDate, closeDate] of sessions) {
    const close = closeDate.getTime()
    if (close <= windowStart.getTime()) continue
    const open = Math.max(openDate.getTime(), windowStart.getTime())
    for (const t of sessionPoints(open, close)) {
      const before = nodes.at(-1)?.t
      const weight =
        before === undefined
          ? 0
          : t === open
            ? gapWeight(t - (lastClose ?? before))
            : (t - before) / STEP
      nodes.push({ t, weight, point: true })
    }
    lastClose = close
  }
  if (nodes.length === 0)
    throw new Error(
      `${id}: no trading session between ${windowStart.toISOString()} and ${instrument.asOf}`,
    )
  let referenceIndex = nodes.findIndex((node) => node.t === referenceAt)
  if (referenceIndex === -1) {
    const first = nodes[0]
    if (first !== undefined) first.weight = gapWeight(first.t - referenceAt)
    nodes.unshift({ t: referenceAt, weight: 0, point: false })
    referenceIndex = 0
  }

  // A random walk, then tied down at the reference close and at the end.
  const random = mulberry32(SEED ^ hash32(id))
  const scale =
    basis === 'level'
      ? STEP_VOLATILITY[instrument.kind] * final
      : STEP_VOLATILITY[instrument.kind] * 100
  const walk: number[] = []
  const clock: number[] = []
  nodes.forEach((node, i) => {
    walk.push(i === 0 ? 0 : (walk[i - 1] ?? 0) + normal(random) * Math.sqrt(node.weight) * scale)
    clock.push(i === 0 ? 0 : (clock[i - 1] ?? 0) + node.weight)
  })
  const n = nodes.length - 1
  const anchor = referenceValue ?? final
  const anchorIndex = referenceValue === null ? n : referenceIndex
  const w = (i: number) => walk[i] ?? 0
  const c = (i: number) => clock[i] ?? 0
  const values = nodes.map((_, i) => {
    if (referenceValue === null || i <= anchorIndex) return anchor + w(i) - w(anchorIndex)
    const share = (c(i) - c(anchorIndex)) / (c(n) - c(anchorIndex))
    return anchor + w(i) - w(anchorIndex) + share * (final - anchor - (w(n) - w(anchorIndex)))
  })

  const points = nodes.flatMap((node, i) => {
    if (!node.point) return []
    const exact =
      i === n ? final : i === referenceIndex && referenceValue !== null ? referenceValue : null
    return [{ t: iso(node.t), v: exact ?? round2(values[i] ?? 0) }]
  })

  return {
    instrumentId: id,
    illustrative: true,
    basis,
    reference: {
      value: basis === 'level' ? referenceValue : null,
      at: iso(referenceAt),
      label: 'Previous close (illustrative time)',
    },
    note: seriesNote(instrument, basis === 'level' && referenceValue !== null),
    points,
  }
}

/** Stable JSON: the header with 2-space indent, one point per line. */
export function serializeSeries(series: Series): string {
  const { points, ...header } = series
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '')
  const lines = points.map((point) => `    ${JSON.stringify({ t: point.t, v: point.v })}`)
  return `${head},\n  "points": [\n${lines.join(',\n')}\n  ]\n}\n`
}

/** Every series file for a markets.json document: path under the feed root → file text. */
export function generateSeriesFiles(marketsJson: unknown): Map<string, string> {
  const { instruments } = marketsFileSchema.parse(marketsJson)
  return new Map(
    instruments.map((instrument) => [
      seriesPath(instrument.id),
      serializeSeries(generateSeries(instrument)),
    ]),
  )
}

// ---------------------------------------------------------------------------------------------

export const fixturesDir = fileURLToPath(new URL('../mocks/fixtures/', import.meta.url))

function main() {
  const markets: unknown = JSON.parse(readFileSync(`${fixturesDir}markets.json`, 'utf8'))
  const files = generateSeriesFiles(markets)
  mkdirSync(`${fixturesDir}series`, { recursive: true })
  for (const [path, text] of files) {
    writeFileSync(`${fixturesDir}${path}`, text)
    console.log(`wrote mocks/fixtures/${path} (${text.split('\n').length - 1} lines)`)
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
