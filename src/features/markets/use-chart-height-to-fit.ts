import { useEffect, useLayoutEffect, useRef, useState } from 'react'

/**
 * The chart's height after a change of `slack` px in the room below the page's content (negative:
 * the page is that much taller than its frame): within [least, full].
 */
export function fittedChartHeight(
  drawn: number,
  slack: number,
  full: number,
  least: number,
): number {
  return Math.max(least, Math.min(full, Math.floor(drawn + slack)))
}

/**
 * The height a chart shown alone (an iframe of fixed size) is drawn at: `full` where the frame has
 * room, else what the page's other content leaves it, down to `least`, rather than a page that
 * scrolls. Re-read as the frame or the words above the chart change size. Without `fit`, `full`.
 */
export function useChartHeightToFit(full: number, least: number, fit: boolean): number {
  const [height, setHeight] = useState(full)
  const drawn = useRef(full)
  const shown = fit ? height : full
  useLayoutEffect(() => {
    drawn.current = shown
  })
  useEffect(() => {
    if (!fit) return
    const measure = () => {
      const frame = document.documentElement.clientHeight
      // No layout (jsdom): nothing to fit.
      if (frame === 0) return
      const contentBottom = document.body.getBoundingClientRect().bottom + window.scrollY
      setHeight(fittedChartHeight(drawn.current, frame - contentBottom, full, least))
    }
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
    observer?.observe(document.body)
    window.addEventListener('resize', measure)
    measure()
    return () => {
      observer?.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [fit, full, least])
  return shown
}
