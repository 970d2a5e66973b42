import { useMemo } from 'react'
import { timeAxisTicks } from '../../lib/time-ticks'
import { plotInset } from './market-chart'
import type { Span } from './series-view'

/** The time axis of a chart `width` pixels wide: tick instants and a formatter for their labels. */
export function useAxisTicks(domain: Span, width: number, zone: string) {
  return useMemo(() => {
    const ticks = timeAxisTicks(
      domain,
      Math.max(width - plotInset.left - plotInset.right, 40),
      zone,
    )
    const labels = new Map(ticks.map((tick) => [tick.t, tick.label]))
    return { ticks: ticks.map((tick) => tick.t), formatTick: (t: number) => labels.get(t) ?? '' }
  }, [domain, width, zone])
}
