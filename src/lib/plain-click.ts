import type { MouseEvent } from 'react'

/** A plain left click, no modifier: a link handles it in place; others open it as browsers do. */
export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/** A link's click handler: a plain click runs `act` instead of following the link. */
export const inPlace = (act: () => void) => (event: MouseEvent<HTMLAnchorElement>) => {
  if (!isPlainClick(event)) return
  event.preventDefault()
  act()
}
