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
 * How many of `total` items to mount: one more each time the browser is idle, so several charts
 * never mount in one long task. Items not yet mounted keep their reserved box.
 */
export function useProgressiveCount(total: number, first = 1): number {
  const [count, setCount] = useState(first)
  useEffect(() => {
    if (count >= total) return
    return whenIdle(() => startTransition(() => setCount((c) => c + 1)))
  }, [count, total])
  return Math.min(count, total)
}
