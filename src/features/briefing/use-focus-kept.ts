import { useCallback, useLayoutEffect, useRef, type FocusEvent } from 'react'

/**
 * For a part whose controls a refresh can take away (a "1 new quote" link when the quote is
 * withdrawn, a topic whose issue is dropped): when the control the viewer had focused goes, the
 * part itself takes the focus, not <body>, so the keyboard stays where the viewer was. Spread the
 * result on the part's element.
 */
export function useFocusKept<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const focused = useRef<HTMLElement | null>(null)
  useLayoutEffect(() => {
    const control = focused.current
    if (!control || control.isConnected) return
    focused.current = null
    const active = document.activeElement
    if (active === null || active === document.body) ref.current?.focus()
  })
  const onFocus = useCallback((event: FocusEvent<T>) => {
    if (event.target !== ref.current) focused.current = event.target
  }, [])
  const onBlur = useCallback((event: FocusEvent<T>) => {
    const control = event.target
    // A blur as the control is removed is not the viewer leaving it: told apart once it is done.
    queueMicrotask(() => {
      if (focused.current === control && control.isConnected) focused.current = null
    })
  }, [])
  return { ref, onFocus, onBlur, tabIndex: -1 }
}
