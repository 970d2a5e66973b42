import { useMemo } from 'react'
import { useThisYear } from '../../hooks/clock-context'
import { timeAxisTicks } from '../../lib/time-ticks'
import { plotInset } from './market-chart'
import { seriesCadence, type PreparedSeries, type Span } from './series-view'
import { finestTickMs } from '../../lib/cadence'

/**
 * The time axis of a chart `width` pixels wide: tick instants and a formatter for their labels,
 * dates of another year than the page's with their year; no step finer than `finestMs` (see
 * finestTickMs).
 */
export function useAxisTicks(domain: Span, width: number, zone: string, finestMs = 0) {
  const thisYear = useThisYear(zone)
  return useMemo(() => {
    const ticks = timeAxisTicks(
      domain,
      Math.max(width - plotInset.left - plotInset.right, 40),
      zone,
      undefined,
      thisYear,
      finestMs,
    )
    const labels = new Map(ticks.map((tick) => [tick.t, tick.label]))
    return { ticks: ticks.map((tick) => tick.t), formatTick: (t: number) => labels.get(t) ?? '' }
  }, [domain, width, zone, thisYear, finestMs])
}

/** The finest step for a chart of several series: daily closes alone get no ticks within a day. */
export function finestTickOfAll(series: readonly (PreparedSeries | undefined)[]): number {
  const steps = series.flatMap((one) => (one ? [finestTickMs(seriesCadence(one))] : []))
  return steps.length === 0 ? 0 : Math.min(...steps)
}
