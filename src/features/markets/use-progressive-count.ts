import { startTransition, useEffect, useState } from 'react'

type IdleHandle = number | ReturnType<typeof setTimeout>

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id: IdleHandle = window.requestIdleCallback(callback, { timeout: 300 })
    return () => window.cancelIdleCallback(id)
  }
  const id = setTimeout(callback, 16)
  return () => clearTimeout(id)
}

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
 * How many of `total` items to mount: none until `active`, then one more each time the browser is
 * idle, so several charts never mount in one long task. Items not yet mounted keep their reserved
 * box.
 */
export function useProgressiveCount(total: number, active: boolean): number {
  const [count, setCount] = useState(0)
  useEffect(() => {
    if (!active || count >= total) return
    return whenIdle(() => startTransition(() => setCount((c) => c + 1)))
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
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1)
      if (last) setInView(last.isIntersecting)
    }, { rootMargin: margin })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, margin])
  return inView
}
