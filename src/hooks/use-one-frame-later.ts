import { useEffect, useState } from 'react'
import { afterNextPaint } from '../lib/after-next-paint'

/**
 * `ready`, but only once the page has painted a frame with it: true from the render after that
 * frame, and from then on whenever `ready` is.
 */
export function useOneFrameLater(ready: boolean): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!ready || shown) return
    let live = true
    void afterNextPaint().then(() => {
      // Not a transition: React renders pending transitions together, and merged with the deferred
      // quotes' and the charts' renders this one made a long feed's longest task (bench: long-feed).
      if (live) setShown(true)
    })
    return () => {
      live = false
    }
  }, [ready, shown])
  return ready && shown
}
