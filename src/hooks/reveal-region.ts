import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { regionOfHash, type Region } from './desk-layout'

const revealEvent = 'ttm-reveal-region'

/**
 * Brings a region into view from anywhere on the page (a quote opened from the timeline, news in
 * the briefing): a phone shows its tab, a desk unfolds it (rendered at once), and the page
 * scrolls to it.
 */
export function revealRegion(region: Region): void {
  window.dispatchEvent(new CustomEvent<Region>(revealEvent, { detail: region }))
  document.getElementById(region)?.scrollIntoView?.({ block: 'nearest' })
}

/** Calls `show` when a region is to be revealed: by revealRegion, or by a link to its #hash. */
export function useRevealedRegion(show: (region: Region) => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return
    const onReveal = (event: Event) => {
      const region = (event as CustomEvent<Region>).detail
      flushSync(() => show(region))
      // The control that asked may now be in a hidden tab: the focus goes to the region shown.
      const focused = document.activeElement
      if (focused instanceof HTMLElement && focused.closest('[hidden]'))
        document.querySelector<HTMLElement>(`#region-${region} h2[tabindex]`)?.focus()
    }
    const onHash = () => {
      const region = regionOfHash(window.location.hash)
      if (region) show(region)
    }
    window.addEventListener(revealEvent, onReveal)
    window.addEventListener('hashchange', onHash)
    return () => {
      window.removeEventListener(revealEvent, onReveal)
      window.removeEventListener('hashchange', onHash)
    }
  }, [show, enabled])
}
