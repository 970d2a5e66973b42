import { useEffect } from 'react'
import { regionKeys, regions, type Region } from '../hooks/desk-layout'
import { isPageShortcut } from '../lib/page-shortcut'

/**
 * t, q and m: `show` the region (a desk unfolds it, a phone picks its tab), then move the focus to
 * its heading, from where Tab enters it. Off while `enabled` is false (a wall screen).
 */
export function useRegionKeys(show: (region: Region) => void, enabled = true) {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      const region = regions.find((r) => isPageShortcut(event, regionKeys[r]))
      if (!region) return
      event.preventDefault()
      show(region)
      // A folded region or a hidden tab takes the focus only once the render that shows it is in,
      // which a busy page may not have painted by the next frame: looked for frame after frame.
      let frames = 0
      const focusHeading = () => {
        const heading = document.querySelector<HTMLElement>(`#region-${region} h2[tabindex]`)
        if (heading && heading.getClientRects().length > 0) heading.focus()
        else if (++frames < 120) requestAnimationFrame(focusHeading)
      }
      requestAnimationFrame(focusHeading)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [show, enabled])
}
