import { useEffect, useState } from 'react'
import { afterNextPaint } from '../lib/after-next-paint'

/**
 * `value` as of the last frame painted: a change comes back in a render of its own after the page
 * has painted the one that made it, so what the viewer acted on is on screen first. `initial` is
 * what the first render takes (`value` unless said).
 */
export function useValueAfterPaint<T>(value: T, initial: T = value): T {
  const [shown, setShown] = useState(() => initial)
  useEffect(() => {
    if (Object.is(shown, value)) return
    let live = true
    void afterNextPaint().then(() => {
      // Not a transition: React renders pending transitions together, and merged with the deferred
      // quotes' and the charts' renders the timeline's made a long feed's longest task (bench).
      if (live) setShown(() => value)
    })
    return () => {
      live = false
    }
  }, [value, shown])
  return shown
}
