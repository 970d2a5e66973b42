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

/** How far the charts' mounting has come (see useMountWhenActive). */
export type MountProgress<T> = {
  /** How many of the steps are drawn, in order. */
  count: number
  /** Every step drawn once: anything added later (an instrument chosen) is drawn at once. */
  complete: boolean
  /** What `measure` read just before the first step. */
  measured: T | undefined
}

/**
 * A step that took longer than this (from its start to its effects, its frame included) says the
 * machine is too slow for one chart to fit in a short task: the rest then mount in one step, as
 * fewer, larger tasks finish sooner than many long ones.
 */
const slowStepMs = 150

/**
 * Mounts what waits for the viewport (the charts) once `active`, one of its `steps` at a time: each
 * step in a transition started from a zero-delay timeout. The frame with the placeholders paints
 * first; React splits each step's render into short slices that input can interrupt; and each
 * step's commit (with the sync renders Recharts' store starts from its layout effects) is one
 * chart's work, not every chart's in one task of 200-300 ms. On a slow machine (see slowStepMs)
 * the first step is alone and the rest follow together.
 */
export function useMountWhenActive<T>(
  active: boolean,
  steps: number,
  measure: () => T,
): MountProgress<T> {
  const [state, setState] = useState<MountProgress<T>>({
    count: 0,
    complete: false,
    measured: undefined,
  })
  const measureRef = useRef(measure)
  const stepStart = useRef<number | null>(null)
  useLayoutEffect(() => {
    measureRef.current = measure
  })
  useEffect(() => {
    if (!active || state.complete || steps === 0) return
    const slow = stepStart.current !== null && performance.now() - stepStart.current > slowStepMs
    const id = setTimeout(() => {
      stepStart.current = performance.now()
      const measured = state.measured ?? measureRef.current()
      const count = slow ? steps : state.count + 1
      startTransition(() => setState({ count, complete: count >= steps, measured }))
    }, 0)
    return () => clearTimeout(id)
  }, [active, state, steps])
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
