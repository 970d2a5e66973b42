import { useCallback, useMemo, useState } from 'react'
import { useUrlParam } from '../hooks/use-url-param'
import {
  defaultLayout,
  isDefaultLayout,
  linkedRegion,
  parseLayout,
  readStoredLayout,
  rememberedLayout,
  serializeLayout,
  storeLayout,
  type DeskLayout,
} from '../hooks/desk-layout'

/**
 * The desk layout: the URL's (?layout=) if it has one, else the one this browser remembers, else
 * the default. A change is remembered in the browser and written into the URL (replacing the
 * entry), so a copied link brings the layout with it; back to the default, both are cleared.
 */
export function useDeskLayout(): [DeskLayout, (next: DeskLayout) => void] {
  const [fromUrl, setParam] = useUrlParam('layout')
  // A remembered fold gives way, on opening, to the region the link is about; a fold made
  // after that stays.
  const [stored, setStored] = useState(() => {
    const search = new URLSearchParams(window.location.search)
    const remembered = rememberedLayout(
      readStoredLayout(),
      linkedRegion(search, window.location.hash),
    )
    return remembered && serializeLayout(remembered)
  })
  const layout = useMemo(() => fromUrl ?? parseLayout(stored) ?? defaultLayout, [fromUrl, stored])
  const change = useCallback(
    (next: DeskLayout) => {
      storeLayout(next)
      const value = isDefaultLayout(next) ? null : next
      setStored(value && serializeLayout(value))
      setParam(value, { replace: true })
    },
    [setParam],
  )
  return [layout, change]
}
