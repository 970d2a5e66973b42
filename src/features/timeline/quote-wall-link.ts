import type { MouseEvent } from 'react'
import { linkWith, type UrlUpdates } from '../../hooks/url-params'
import { setUrlParams } from '../../hooks/use-url-param'
import { isPlainClick } from '../../lib/plain-click'
import { revealRegion } from '../../hooks/reveal-region'

/**
 * Links from the timeline to the quote wall filtered to a time span (and a speaker): the wall's own
 * URL parameters (?from=, ?to=, ?speaker=, see docs/embedding.md), so the link works on its own too.
 */
export type WallFilter = { from: number; to: number; speaker?: string }

export function wallFilterUpdates(filter: WallFilter): UrlUpdates {
  // A selected quote, session, topic or person, or a search, would hide the quotes the link is
  // about (the timeline counts them all): the link shows the whole stretch.
  return {
    from: filter.from,
    to: filter.to,
    speaker: filter.speaker ?? null,
    q: null,
    quote: null,
    session: null,
    topic: null,
    person: null,
  }
}

export function wallFilterHref(search: string, filter: WallFilter): string {
  return linkWith(search, wallFilterUpdates(filter), '#quotes')
}

/** A plain click filters the wall in place and scrolls to it; modified clicks open the link. */
export function openWallFiltered(event: MouseEvent<HTMLAnchorElement>, filter: WallFilter): void {
  if (!isPlainClick(event)) return
  event.preventDefault()
  setUrlParams(wallFilterUpdates(filter))
  revealRegion('quotes')
}
