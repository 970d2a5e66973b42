import { useEffect, useState } from 'react'
import { afterNextPaint } from '../lib/after-next-paint'

/**
 * `value` as of the last frame painted: a change comes back in a render of its own after the page
 * has painted the one that made it, so what the viewer acted on is on screen first.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(() => value)
  useEffect(() => {
    if (Object.is(shown, value)) return
    let live = true
    void afterNextPaint().then(() => {
      if (live) setShown(() => value)
    })
    return () => {
      live = false
    }
  }, [value, shown])
  return shown
}
