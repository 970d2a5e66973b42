import { useEffect, useRef, useState } from 'react'

/**
 * The width of an element, rounded down to `step` px so small resizes do not redraw the line, and
 * to 8 px for what must fit the real width (the time axis labels).
 */
export function useElementWidth<E extends HTMLElement>(fallback: number, step = 40) {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState({ coarse: fallback, fine: fallback })
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0
      if (measured <= 0) return
      const next = { coarse: Math.max(step, Math.floor(measured / step) * step), fine: Math.floor(measured / 8) * 8 }
      setWidth((current) => (current.coarse === next.coarse && current.fine === next.fine ? current : next))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [step])
  return [ref, width.coarse, width.fine] as const
}
