import { useEffect, type RefObject } from 'react'
import { isPageShortcut } from '../../lib/page-shortcut'

/** "/" focuses (and selects) the search box from anywhere on the page that is not a text field. */
export function useSlashFocus(searchRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPageShortcut(event, '/')) return
      event.preventDefault()
      searchRef.current?.focus()
      searchRef.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [searchRef])
}
