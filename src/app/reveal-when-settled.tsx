import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { loadingInView } from '../first-screen/loading-in-view'
import { whenSettled } from '../first-screen/when-settled'

/** Past this, the page is shown with whatever is still loading. */
const maxWaitMs = 5000

const hidden: CSSProperties = { visibility: 'hidden' }
/** The frame over the hidden page: the page keeps its place, so showing it needs no new layout. */
const overPage: CSSProperties = { position: 'absolute', top: 0, left: 0, right: 0 }

/**
 * Below the desk breakpoint the page is one scrolling column, so whatever arrives above the fold
 * (a title that wraps, the briefing, the snapshot's cards) would push everything under it down; a
 * kiosk's band of every instrument does the same on a desk. The page is laid out hidden, with
 * `frame` (the start-up frame) laid over it, and shown in one frame once nothing in view is
 * loading, or after `maxWaitMs` with whatever still is.
 */
export function RevealWhenSettled({ frame, children }: { frame: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState(false)
  useLayoutEffect(() => {
    const page = ref.current
    if (shown || !page) return
    // Extras (the timeline's quote markers) are not waited for: on a long feed they come
    // hundreds of ms after the entries they join, which the page would otherwise hide.
    if (!loadingInView(page, false)) return setShown(true)
    return whenSettled(page, maxWaitMs, () => setShown(true), false)
  }, [shown])
  return (
    <>
      {!shown && <div style={overPage}>{frame}</div>}
      <div ref={ref} style={shown ? undefined : hidden}>
        {children}
      </div>
    </>
  )
}
