import { useCallback, useEffect, useRef, type RefObject } from 'react'

/**
 * For a control that removes itself (a filter chip, a list item's Remove): call the returned
 * `handOn(target)` before the removal. Once it is done, if the focus went with the control, the
 * target takes it (or `fallback`, when the target is gone too), not <body>.
 */
export function useFocusAfterRemoval(fallback?: RefObject<HTMLElement | null>) {
  const pending = useRef<HTMLElement | null | undefined>(undefined)
  useEffect(() => {
    const target = pending.current
    if (target === undefined) return
    pending.current = undefined
    if (document.activeElement && document.activeElement !== document.body) return
    ;(target?.isConnected ? target : fallback?.current)?.focus()
  })
  return useCallback((target: HTMLElement | null) => {
    pending.current = target
  }, [])
}

/** The same control in the list item after the control's own, or else in the one before. */
export function sameControlNearby(control: HTMLElement, selector: string): HTMLElement | null {
  const item = control.closest('li')
  const neighbour = item?.nextElementSibling ?? item?.previousElementSibling
  return neighbour?.querySelector<HTMLElement>(selector) ?? null
}
