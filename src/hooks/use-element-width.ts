import { useLayoutEffect, useRef, useState } from 'react'
import { readLayoutAtFrameStart } from '../lib/layout-frame'

/**
 * The width of an element, rounded down to `step` px so small resizes do not redraw the line, and
 * to 8 px for what must fit the real width (the time axis labels, a chart's box). Measured before
 * the first paint, at the start of the frame (layout-frame.ts), so a chart draws once, at its
 * size, not first at the fallback; then on resize;
 * `measured` says whether it has been. A `known` width (its placeholder's, read before it mounted)
 * counts as measured from the first render, which then draws at that size.
 */
export function useElementWidth<E extends HTMLElement>(
  fallback: number,
  step = 40,
  known?: number,
) {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState(() =>
    known ? widthsOf(known, step) : { coarse: fallback, fine: fallback, measured: false },
  )
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const apply = (measured: number) => {
      if (measured <= 0) return
      const next = widthsOf(measured, step)
      setWidth((current) =>
        current.coarse === next.coarse && current.fine === next.fine && current.measured
          ? current
          : next,
      )
    }
    let mounted = true
    readLayoutAtFrameStart(() => {
      if (mounted) apply(element.getBoundingClientRect().width)
    })
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => apply(entries[0]?.contentRect.width ?? 0))
    observer?.observe(element)
    return () => {
      mounted = false
      observer?.disconnect()
    }
  }, [step])
  return [ref, width.coarse, width.fine, width.measured] as const
}

function widthsOf(measured: number, step: number) {
  return {
    coarse: Math.max(step, Math.floor(measured / step) * step),
    fine: Math.floor(measured / 8) * 8,
    measured: true,
  }
}

/** The width inside an element's padding: what a chart that takes its place will measure. */
export function contentWidth(element: Element | null | undefined): number | undefined {
  if (!(element instanceof HTMLElement)) return undefined
  const style = getComputedStyle(element)
  const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
  return width > 0 ? width : undefined
}
