import { useEffect, type RefObject } from 'react'
import { isPageShortcut } from '../../lib/page-shortcut'
import { revealRegion } from '../../hooks/reveal-region'

/**
 * "/" focuses (and selects) the search box from anywhere on the page that is not a text field. On
 * a phone whose Quotes tab is not the one shown, the tab is shown first: a hidden box refuses the
 * focus.
 */
export function useSlashFocus(searchRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPageShortcut(event, '/')) return
      const search = searchRef.current
      if (!search) return
      event.preventDefault()
      if (search.closest('[hidden]') || search.getClientRects().length === 0) revealRegion('quotes')
      // Centred, not at the edge where focus scrolls it: a phone's tabs stay over the page's top.
      search.focus({ preventScroll: true })
      search.scrollIntoView?.({ block: 'center' })
      search.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [searchRef])
}
