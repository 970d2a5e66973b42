import { useMemo } from 'react'
import { useThisYear } from '../../hooks/clock-context'
import { timeAxisTicks } from '../../lib/time-ticks'
import { plotInset } from './market-chart'
import type { Span } from './series-view'

/**
 * The time axis of a chart `width` pixels wide: tick instants and a formatter for their labels,
 * dates of another year than the page's with their year.
 */
export function useAxisTicks(domain: Span, width: number, zone: string) {
  const thisYear = useThisYear(zone)
  return useMemo(() => {
    const ticks = timeAxisTicks(
      domain,
      Math.max(width - plotInset.left - plotInset.right, 40),
      zone,
      undefined,
      thisYear,
    )
    const labels = new Map(ticks.map((tick) => [tick.t, tick.label]))
    return { ticks: ticks.map((tick) => tick.t), formatTick: (t: number) => labels.get(t) ?? '' }
  }, [domain, width, zone, thisYear])
}
