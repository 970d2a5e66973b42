import { useEffect, useRef } from 'react'

/**
 * The toasts' box (notices and alerts fired), and the element the viewer was on before moving into
 * it: where the focus goes back to once the last toast is dismissed.
 */
export function useFocusBeforeToasts() {
  const region = useRef<HTMLDivElement>(null)
  const before = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target
      if (target instanceof HTMLElement && !region.current?.contains(target))
        before.current = target
    }
    document.addEventListener('focusin', onFocusIn)
    return () => document.removeEventListener('focusin', onFocusIn)
  }, [])
  return { region, before }
}
