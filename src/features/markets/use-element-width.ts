import { useEffect, useRef, useState } from 'react'

/** The width of an element, rounded down to `step` px so small resizes do not redraw. */
export function useElementWidth<E extends HTMLElement>(fallback: number, step = 40) {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0
      if (measured > 0) setWidth(Math.max(step, Math.floor(measured / step) * step))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [step])
  return [ref, width] as const
}
