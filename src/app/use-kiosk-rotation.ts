import { useEffect } from 'react'
import type { View } from '../hooks/url-params'
import { setUrlParams } from '../hooks/use-url-param'

export const rotation: View[] = ['timeline', 'quotes', 'markets']

export function nextView(current: View): View {
  const index = rotation.indexOf(current)
  return rotation[(index + 1) % rotation.length] ?? 'timeline'
}

/** ?kiosk&rotate=<seconds>: shows the panels in turn (the URL says which one is up). */
export function useKioskRotation(rotateSeconds: number | null, view: View) {
  useEffect(() => {
    if (rotateSeconds === null) return
    const id = setTimeout(
      () => setUrlParams({ view: nextView(view), instrument: null }, { replace: true }),
      rotateSeconds * 1000,
    )
    return () => clearTimeout(id)
  }, [rotateSeconds, view])
}
