import { useCallback, useMemo } from 'react'
import type { Round } from '../../feed/schemas/types'
import { useUrlParam } from '../../hooks/use-url-param'
import { readWindow, writeWindow, type WindowChoice } from '../../hooks/url-values'
import type { MarketEvent } from './market-events'
import type { SeriesState } from './series-query'
import type { Span } from './series-view'
import { choiceValue, defaultWindow, resolveWindow, windowOptions } from './window-choice'

/**
 * The whole feed: its prices (or its events, before any price loads). Events outside the prices are
 * shown at the edges of the charts, with words.
 */
function feedExtent(series: readonly SeriesState[], events: readonly MarketEvent[], asOf: number | null): Span {
  const prices = series.flatMap((s) => (s.data && s.data.points.length ? [s.data.points[0]!.t, s.data.points.at(-1)!.t] : []))
  const times = prices.length ? prices : events.map((e) => e.at)
  if (times.length === 0) return [0, 1]
  const [first, last] = [Math.min(...times), Math.max(...times)]
  // In replay the window runs to the moment shown, even when the last point is earlier (a day at
  // most: a far-off ?asof= must not stretch the axis over centuries).
  return asOf !== null && asOf > last ? [first, Math.min(asOf, last + 86_400_000)] : [first, last]
}

/** The window of the market panels, from ?window= or the default that fits the selection. */
export function useMarketWindow(event: MarketEvent | null, events: readonly MarketEvent[], series: readonly SeriesState[], rounds: readonly Round[], zone: string, asOf: number | null) {
  const [fromUrl, setWindow] = useUrlParam('window')
  const extent = useMemo(() => feedExtent(series, events, asOf), [series, events, asOf])
  const choice: WindowChoice = fromUrl ?? defaultWindow(event, rounds)
  // Keyed by the choice's text: a new object for the same choice computes nothing again.
  const key = writeWindow(choice)
  const domain = useMemo(() => resolveWindow(readWindow(key) ?? { kind: 'all' }, event, events, extent, zone), [key, event, events, extent, zone])
  const options = windowOptions(rounds, event !== null, choice)
  // "range" is the dragged range already shown: choosing it again changes nothing.
  const choose = useCallback((value: string) => setWindow(value === 'range' ? fromUrl : readWindow(value)), [fromUrl, setWindow])
  const zoomTo = useCallback((from: number, to: number) => setWindow({ kind: 'range', from, to }), [setWindow])
  const resetZoom = useCallback(() => setWindow(null), [setWindow])
  return { domain, choice, value: choiceValue(choice), options, choose, zoomTo, resetZoom, zoomed: choice.kind === 'range' }
}
