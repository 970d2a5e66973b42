import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

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
 * `box` holds the plot ([data-plot-box]): the height it is laid out at is the one the room is
 * counted from (the plot draws new props a little later than the card, useDeferredValue), and
 * nothing is fitted while it holds no plot (a skeleton of its own height): a reading between the
 * two, then a page as tall as before, would leave the page too tall with nothing to read it again.
 * `plotShown` turns true as the plot replaces its skeleton: read again then, whatever the sizes.
 */
export function useChartHeightToFit(
  full: number,
  least: number,
  fit: boolean,
  box?: RefObject<HTMLElement | null>,
  plotShown = true,
): number {
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
      let from = drawn.current
      if (box) {
        const plot = box.current?.querySelector('[data-plot-box]')
        if (!plot) return
        from = plot.getBoundingClientRect().height
      }
      setHeight(fittedChartHeight(from, frame - contentBottom, full, least))
    }
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
    observer?.observe(document.body)
    if (box?.current) observer?.observe(box.current)
    window.addEventListener('resize', measure)
    measure()
    return () => {
      observer?.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [fit, full, least, box, plotShown])
  return shown
}
