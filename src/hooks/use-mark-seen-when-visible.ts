import { useEffect, type RefObject } from 'react'
import { useRuntime } from './runtime-context'
import { markSeen, type SeenScope } from './seen-store'

/** How long a new item must be in view before its New mark goes: long enough to be noticed. */
export const seenAfterMs = 3000

/**
 * Marks an item seen once at least half of it (or half the viewport, for a tall one) has been in
 * view for `dwellMs` while the tab is visible. Pass enabled = isNew(id): items already seen set no
 * observer. Without IntersectionObserver nothing is marked automatically.
 */
export function useMarkSeenWhenVisible(
  ref: RefObject<Element | null>,
  scope: SeenScope,
  id: string,
  { enabled = true, dwellMs = seenAfterMs }: { enabled?: boolean; dwellMs?: number } = {},
): void {
  const { feedBaseUrl } = useRuntime()
  useEffect(() => {
    const element = ref.current
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return
    let inView = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      const run = inView && document.visibilityState === 'visible'
      if (run && timer === undefined) {
        timer = setTimeout(() => markSeen(feedBaseUrl, scope, [id]), dwellMs)
      } else if (!run && timer !== undefined) {
        clearTimeout(timer)
        timer = undefined
      }
    }
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const rootHeight = entry.rootBounds?.height ?? Infinity
          inView =
            entry.isIntersecting &&
            (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= rootHeight * 0.5)
        }
        check()
      },
      { threshold: [0, 0.5, 1] },
    )
    observer.observe(element)
    document.addEventListener('visibilitychange', check)
    return () => {
      observer.disconnect()
      document.removeEventListener('visibilitychange', check)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [ref, enabled, feedBaseUrl, scope, id, dwellMs])
}
