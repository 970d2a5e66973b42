import { useCallback, useMemo, useState } from 'react'
import { useUrlParam } from '../hooks/use-url-param'
import {
  defaultLayout,
  isDefaultLayout,
  parseLayout,
  readStoredLayout,
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
  const [stored, setStored] = useState(readStoredLayout)
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
