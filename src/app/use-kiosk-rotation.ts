import { useEffect } from 'react'
import type { View } from '../hooks/url-params'
import { setUrlParams } from '../hooks/use-url-param'
import { useNoInstruments } from './use-no-instruments'

export const rotation: View[] = ['timeline', 'quotes', 'markets']

/** The panel after `current` in the rotation, those in `skip` left out. */
export function nextView(current: View, skip: readonly View[] = []): View {
  const shown = rotation.filter((view) => !skip.includes(view))
  const index = shown.indexOf(current)
  return shown[(index + 1) % shown.length] ?? 'timeline'
}

/**
 * ?kiosk&rotate=<seconds>: shows the panels in turn (the URL says which one is up). The markets
 * are left out once the feed's list has loaded with no instrument in it: a wall screen would show
 * a screen-tall panel saying so for a third of the time.
 */
export function useKioskRotation(rotateSeconds: number | null, view: View) {
  const noInstruments = useNoInstruments({ enabled: rotateSeconds !== null }) !== null
  useEffect(() => {
    if (rotateSeconds === null) return
    const skip: View[] = noInstruments ? ['markets'] : []
    const id = setTimeout(
      () => setUrlParams({ view: nextView(view, skip), instrument: null }, { replace: true }),
      rotateSeconds * 1000,
    )
    return () => clearTimeout(id)
  }, [rotateSeconds, view, noInstruments])
}
