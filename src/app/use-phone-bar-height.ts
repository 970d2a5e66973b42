import { useLayoutEffect, useRef } from 'react'

/**
 * Keeps `--phone-bar-height` on the bar's parent at the height of the phone's sticky bar (tabs and
 * snapshot), for what must stick just under it: a panel's header while it marks a failed refresh.
 */
export function usePhoneBarHeight<E extends HTMLElement>() {
  const ref = useRef<E>(null)
  useLayoutEffect(() => {
    const bar = ref.current
    const parent = bar?.parentElement
    if (!bar || !parent || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() =>
      parent.style.setProperty('--phone-bar-height', `${bar.offsetHeight}px`),
    )
    observer.observe(bar)
    return () => observer.disconnect()
  }, [])
  return ref
}
