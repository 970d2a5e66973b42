import { useCallback, useMemo } from 'react'
import {
  layoutWithoutMarkets,
  regions,
  regionsWithoutMarkets,
  type DeskLayout,
  type Region,
} from '../hooks/desk-layout'

/**
 * The split as shown: the viewer's layout and its three regions, or, `withoutMarkets` (a feed that
 * lists no instruments), the timeline and quote wall alone, sharing the width. A change made there
 * keeps the markets' own fold in the viewer's layout, for a feed that has them.
 */
export function useSplitRegions(
  chosen: DeskLayout,
  change: (next: DeskLayout) => void,
  withoutMarkets: boolean,
): { layout: DeskLayout; onChange: (next: DeskLayout) => void; inGrid: readonly Region[] } {
  const layout = useMemo(
    () => (withoutMarkets ? layoutWithoutMarkets(chosen) : chosen),
    [withoutMarkets, chosen],
  )
  const marketsFolded = chosen.collapsed[2]
  const onChange = useCallback(
    (next: DeskLayout) =>
      change(
        withoutMarkets
          ? { ...next, collapsed: [next.collapsed[0], next.collapsed[1], marketsFolded] }
          : next,
      ),
    [change, withoutMarkets, marketsFolded],
  )
  return { layout, onChange, inGrid: withoutMarkets ? regionsWithoutMarkets : regions }
}
