// Bench-only page (scripts/bench/series-100k.html, built on its own by the bench; never in dist/): one
// market panel with a generated 100,000-point series, drawn either as the dashboard draws it
// (downsampled to the panel's width) or with every point, for scripts/bench/series-100k.mjs.
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import '../../src/index.css'
import type { Instrument } from '../../src/feed/schemas/types'
import { lttb, type TimePoint } from '../../src/lib/lttb'
import { InstrumentPlot } from '../../src/features/markets/instrument-plot'
import { InstrumentReadout } from '../../src/features/markets/instrument-readout'
import { readoutAt, readoutWords, type ReadoutInput } from '../../src/features/markets/readout-at'
import { valueScale } from '../../src/features/markets/value-scale'
import type { ChartRow } from '../../src/features/markets/series-view'
import {
  closedSpans,
  insertBreaks,
  tradingSpans,
  type Span,
} from '../../src/features/markets/series-view'
import { drawSeries } from '../../src/features/markets/draw-rows'
import { cadenceOf } from '../../src/lib/cadence'
import { timeAxisTicks } from '../../src/lib/time-ticks'

const instrument: Instrument = {
  id: 'bench',
  name: 'Bench instrument',
  shortName: 'Bench',
  kind: 'commodity',
  unit: 'USD per barrel',
  currency: 'USD',
  last: null,
  change: null,
  changePercent: null,
  asOf: '2025-06-10T12:00:00Z',
  asOfPrecision: 'exact',
  timeZone: 'Europe/London',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '01:00', close: '23:00' }],
  sourceIds: [],
}

/** `count` one-second ticks of a seeded random walk, inside the instrument's trading hours. */
function generate(count: number, seed: number): TimePoint[] {
  let state = seed >>> 0
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const start = Date.parse('2025-06-09T00:00:00Z')
  const spans = tradingSpans(instrument, [start, start + 7 * 86_400_000])
  const points: TimePoint[] = []
  let v = 67
  for (const [open, close] of spans) {
    for (let t = open; t < close && points.length < count; t += 1000) {
      v = Math.max(1, v + (random() - 0.5) * 0.02)
      points.push({ t, v: Math.round(v * 10000) / 10000 })
    }
  }
  return points
}

/**
 * Real-feed shapes: `daily`, five years of weekday closes at 16:00 New York (`count` ignored);
 * `minute`, a week of one-minute bars inside the trading hours.
 */
function generateCadence(mode: 'daily' | 'minute', seed: number): TimePoint[] {
  let state = seed >>> 0
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const points: TimePoint[] = []
  let v = 4000
  const start = Date.parse('2020-06-08T20:00:00Z')
  if (mode === 'daily') {
    for (let t = start; points.length < 5 * 261; t += 86_400_000) {
      const weekday = new Date(t).getUTCDay()
      if (weekday === 0 || weekday === 6) continue
      v = Math.max(1, v * (1 + (random() - 0.5) * 0.02))
      points.push({ t, v: Math.round(v * 100) / 100 })
    }
    return points
  }
  const from = Date.parse('2025-06-09T00:00:00Z')
  for (const [open, close] of tradingSpans(instrument, [from, from + 5 * 86_400_000])) {
    for (let t = open; t < close; t += 60_000) {
      v = Math.max(1, v * (1 + (random() - 0.5) * 0.001))
      points.push({ t, v: Math.round(v * 100) / 100 })
    }
  }
  return points
}

type Mode = 'lttb' | 'full' | 'daily' | 'minute'
type Data = { mode: Mode; points: TimePoint[]; domain: Span; trading: Span[] }

let show: (data: Data) => void = () => {}
const width = 640

type PanelProps = {
  rows: ChartRow[]
  lone?: TimePoint[]
  points: TimePoint[]
  domain: Span
  ticks: number[]
  formatTick: (t: number) => string
  trading: Span[] | null
  closed: Span[]
  zone: string
}

/** One panel as the dashboard draws it: the readout line (the crosshair's values) over the plot. */
function BenchPanel({
  rows,
  lone = [],
  points,
  domain,
  ticks,
  formatTick,
  trading,
  closed,
  zone,
}: PanelProps) {
  let [min, max] = [Infinity, -Infinity]
  for (const p of points) [min, max] = [Math.min(min, p.v), Math.max(max, p.v)]
  const input: ReadoutInput = {
    instrument,
    points,
    basis: 'level',
    unit: '%',
    trading,
    base: null,
    zone,
  }
  return (
    <div style={{ width, padding: 8 }}>
      <InstrumentReadout input={input} />
      <InstrumentPlot
        label="Bench series"
        closeLabel="Prev close"
        color="var(--chart-1)"
        rows={rows}
        lone={lone}
        domain={domain}
        ticks={ticks}
        formatTick={formatTick}
        scale={valueScale(min, max)}
        kind="level"
        levelDigits={2}
        last={points.at(-1)?.v ?? null}
        previousClose={null}
        sessionBands={[]}
        closedBands={closed}
        eventTimes={[]}
        highlight={null}
        width={width - 16}
        height={188}
        describe={(t) => readoutWords(readoutAt(input, t))}
      />
    </div>
  )
}

function Bench() {
  const [data, setData] = useState<Data | null>(null)
  useEffect(() => {
    show = setData
  }, [])
  if (!data) return <p>waiting for data</p>
  if (data.mode === 'daily' || data.mode === 'minute') return <CadenceBench data={data} />
  const drawn = data.mode === 'lttb' ? lttb(data.points, width - 60) : data.points
  const rows = insertBreaks(drawn, data.trading)
  return (
    <BenchPanel
      rows={rows}
      points={data.points}
      domain={data.domain}
      ticks={[]}
      formatTick={(t) => new Date(t).toISOString().slice(11, 16)}
      trading={data.trading}
      closed={[]}
      zone="UTC"
    />
  )
}

/** Resolves when the drawn line differs from `before`, after the frame that shows it is painted. */
function painted(before: string | null): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      const d = document.querySelector('.market-line')?.getAttribute('d') ?? null
      if (d === null || d === before) return false
      observer.disconnect()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(0)
      })
      return true
    }
    const observer = new MutationObserver(check)
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['d'],
    })
    check()
  })
}

/** As the dashboard draws a real feed: by cadence, with its time axis and (intraday) closed hours. */
function CadenceBench({ data }: { data: Data }) {
  const cadence = cadenceOf(data.points.map((p) => p.t))
  const daily = cadence.kind !== 'intraday'
  const { rows, lone } = drawSeries(data.points, data.trading, cadence, width - 60)
  const ticks = timeAxisTicks(data.domain, width - 60, 'America/New_York')
  const labels = new Map(ticks.map((tick) => [tick.t, tick.label]))
  return (
    <BenchPanel
      rows={rows}
      lone={lone}
      points={data.points}
      domain={data.domain}
      ticks={ticks.map((tick) => tick.t)}
      formatTick={(t) => labels.get(t) ?? ''}
      trading={daily ? null : data.trading}
      closed={daily ? [] : closedSpans(data.trading, data.domain)}
      zone="America/New_York"
    />
  )
}

function prepare(mode: Mode, count: number, seed: number): Data {
  if (mode === 'daily' || mode === 'minute') {
    const points = generateCadence(mode, seed)
    const domain: Span = [points[0]!.t, points.at(-1)!.t]
    return {
      mode,
      points,
      domain,
      trading: mode === 'daily' ? [] : tradingSpans(instrument, domain),
    }
  }
  const points = generate(count, seed)
  const domain: Span = [points[0]!.t, points.at(-1)!.t]
  return { mode, points, domain, trading: tradingSpans(instrument, domain) }
}

declare global {
  interface Window {
    seriesBench: {
      /** Shows a new series; resolves with ms from handing over the data to the painted chart. */
      show(mode: Mode, count: number, seed: number): Promise<{ ms: number; drawn: number }>
    }
  }
}

window.seriesBench = {
  async show(mode, count, seed) {
    const data = prepare(mode, count, seed)
    const before = document.querySelector('.market-line')?.getAttribute('d') ?? null
    const done = painted(before)
    const start = performance.now()
    show(data)
    const end = await done
    return {
      ms: end - start,
      drawn: document.querySelector('.market-line')?.getAttribute('d')?.split(/[LM]/).length ?? 0,
    }
  },
}

createRoot(document.getElementById('root')!).render(<Bench />)
