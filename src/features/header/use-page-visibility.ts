import { useEffect, useState } from 'react'

export type PageVisibility = {
  hidden: boolean
  /** When the page was last hidden (0: not since it opened). */
  hiddenAt: number
  /** When the page was last shown again after being hidden (0: not since it opened). */
  shownAt: number
}

const visibleNow = () => typeof document === 'undefined' || document.visibilityState !== 'hidden'

/** Whether the page is hidden (another tab, a minimised window), and when that last changed. */
export function usePageVisibility(): PageVisibility {
  const [visibility, setVisibility] = useState<PageVisibility>(() => ({
    hidden: !visibleNow(),
    hiddenAt: visibleNow() ? 0 : Date.now(),
    shownAt: 0,
  }))
  useEffect(() => {
    const onChange = () =>
      setVisibility((last) => {
        const hidden = !visibleNow()
        if (hidden === last.hidden) return last
        return hidden
          ? { ...last, hidden, hiddenAt: Date.now() }
          : { ...last, hidden, shownAt: Date.now() }
      })
    document.addEventListener('visibilitychange', onChange)
    return () => document.removeEventListener('visibilitychange', onChange)
  }, [])
  return visibility
}
