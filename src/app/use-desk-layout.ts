import { useCallback, useMemo, useState } from 'react'
import { useSearchParam } from '../hooks/use-search-param'
import {
  defaultLayout,
  isDefaultLayout,
  layoutParam,
  parseLayout,
  readStoredLayout,
  serializeLayout,
  storeLayout,
  type DeskLayout,
} from './desk-layout'

/**
 * The desk layout: the URL's (?layout=) if it has one, else the one this browser remembers, else
 * the default. A change is remembered in the browser and written into the URL (replacing the
 * entry), so a copied link brings the layout with it; back to the default, both are cleared.
 */
export function useDeskLayout(): [DeskLayout, (next: DeskLayout) => void] {
  const [param, setParam] = useSearchParam(layoutParam)
  const [stored, setStored] = useState(readStoredLayout)
  const layout = useMemo(
    () => parseLayout(param) ?? parseLayout(stored) ?? defaultLayout,
    [param, stored],
  )
  const change = useCallback(
    (next: DeskLayout) => {
      storeLayout(next)
      const value = isDefaultLayout(next) ? null : serializeLayout(next)
      setStored(value)
      setParam(value, true)
    },
    [setParam],
  )
  return [layout, change]
}
