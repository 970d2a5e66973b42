import { startTransition, useEffect, useState } from 'react'

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
 * How many of `total` items to mount: none until `active`, then one more per task (a zero-delay
 * timeout, not an idle callback: on a busy machine idle moments come seconds apart, leaving grey
 * boxes). Each chart mounts in its own short task, all within a few frames, and no task mounts
 * them all. Items not yet mounted keep their reserved box.
 */
export function useProgressiveCount(total: number, active: boolean): number {
  const [count, setCount] = useState(0)
  useEffect(() => {
    if (!active || count >= total) return
    const id = setTimeout(() => startTransition(() => setCount((c) => c + 1)), 0)
    return () => clearTimeout(id)
  }, [active, count, total])
  return Math.min(count, total)
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
