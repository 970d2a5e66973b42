import { deskQuery, gridColumns, initialLayout, readStoredLayout } from '../hooks/desk-layout'
import { readFlag } from '../hooks/url-flag'

const shellElement = () => document.getElementById('startup-shell')

/**
 * Shows the start-up shell index.html carries (rendered from startup-screens.tsx at build time, for
 * the default layout) where it is the right one: a desk-sized window whose layout folds no region,
 * at the layout's column shares. Elsewhere it is removed, and React paints the shell
 * (start-page.tsx). True when shown.
 */
export function showStartupShell(): boolean {
  const shell = shellElement()
  if (!shell) return false
  const desk = typeof window.matchMedia === 'function' && window.matchMedia(deskQuery).matches
  const layout = desk
    ? initialLayout(
        new URLSearchParams(window.location.search),
        readStoredLayout(),
        window.location.hash,
      )
    : null
  const grid = shell.querySelector<HTMLElement>('[data-desk-grid]')
  if (!layout || layout.collapsed.some(Boolean) || !grid) {
    shell.remove()
    return false
  }
  for (const part of shell.querySelectorAll<HTMLElement>('[data-snap-style]'))
    part.style.cssText = part.dataset.snapStyle ?? ''
  grid.style.gridTemplateColumns = gridColumns(layout)
  // Scripts run: the page's note for where they cannot is not needed (nor its room in the page).
  document.querySelector('#root > .startup-fallback')?.remove()
  shell.hidden = false
  return true
}

/** Removes the shell unseen (the kept last screen is painted instead). */
export function dropStartupShell() {
  shellElement()?.remove()
}

export const startupShellShown = () => shellElement()?.hidden === false

/**
 * A wall screen (?kiosk) has larger type (index.css): set before the first paint, as boot sets it
 * too, so that the start-up frame does not grow under the viewer when the app starts.
 */
export function markKioskEarly(search = new URLSearchParams(window.location.search)) {
  const kiosk = search.get('kiosk')
  if (kiosk !== null && readFlag(kiosk)) document.documentElement.dataset.kiosk = ''
}
