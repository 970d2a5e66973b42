import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react'

/**
 * Whether an element has come near the viewport (within `margin`); stays true once it has.
 * Without IntersectionObserver (tests, old browsers) it counts as near at once.
 */
export function useNearViewport(element: Element | null, margin = '300px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    if (near || !element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true)
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, near, margin])
  return near
}

/**
 * Whether to mount what waits for the viewport (the charts), and what `measure` read just before:
 * not mounted until `active`, then mounted in a transition started from a zero-delay timeout, so
 * the frame with their placeholders paints first and React splits the charts' render into short
 * slices that input can interrupt. All at once, not one per task: on the charts-drawn bench
 * (1920x1080) the last series to every chart drawn went from 409 to 232 ms at 1x and from 1,433 to
 * 657 ms at 4x.
 */
export function useMountWhenActive<T>(
  active: boolean,
  measure: () => T,
): { mounted: boolean; measured: T | undefined } {
  const [state, setState] = useState<{ mounted: boolean; measured: T | undefined }>({
    mounted: false,
    measured: undefined,
  })
  const measureRef = useRef(measure)
  useLayoutEffect(() => {
    measureRef.current = measure
  })
  useEffect(() => {
    if (!active || state.mounted) return
    const id = setTimeout(() => {
      const measured = measureRef.current()
      startTransition(() => setState({ mounted: true, measured }))
    }, 0)
    return () => clearTimeout(id)
  }, [active, state.mounted])
  return state
}

/**
 * Whether an element is in (or within `margin` of) the viewport now: unlike useNearViewport it
 * turns false again when the element leaves. Without IntersectionObserver it is always true.
 */
export function useInViewport(element: Element | null, margin = '100px'): boolean {
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1)
        if (last) setInView(last.isIntersecting)
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, margin])
  return inView
}
