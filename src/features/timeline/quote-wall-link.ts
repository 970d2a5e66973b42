import type { MouseEvent } from 'react'
import { setSearchParams } from '../../hooks/use-search-param'

/**
 * Links from the timeline to the quote wall filtered to a time span (and a speaker): the wall's own
 * URL parameters (?from=, ?to=, ?speaker=, see docs/embedding.md), so the link works on its own too.
 */
export type WallFilter = { from: number; to: number; speaker?: string }

/** "2025-06-09T17:00Z", as the wall writes it. */
function instant(ms: number): string {
  const iso = new Date(ms).toISOString()
  return iso.endsWith(':00.000Z') ? `${iso.slice(0, 16)}Z` : iso
}

export function wallFilterUpdates(filter: WallFilter): Record<string, string | null> {
  // A selected quote or a search would hide the quotes the link is about.
  return { from: instant(filter.from), to: instant(filter.to), speaker: filter.speaker ?? null, q: null, quote: null }
}

export function wallFilterHref(search: string, filter: WallFilter): string {
  const params = new URLSearchParams(search)
  for (const [key, value] of Object.entries(wallFilterUpdates(filter))) {
    if (value === null) params.delete(key)
    else params.set(key, value)
  }
  return `?${params.toString()}#quotes`
}

/** A plain click filters the wall in place and scrolls to it; modified clicks open the link. */
export function openWallFiltered(event: MouseEvent<HTMLAnchorElement>, filter: WallFilter): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  setSearchParams(wallFilterUpdates(filter))
  document.getElementById('quotes')?.scrollIntoView?.({ block: 'nearest' })
}
