import type { NowPlace } from './use-back-to-now'

/**
 * Over the timeline's edge the now line is beyond: "↑ Now" or "↓ Now", back to it. Not a Tab stop:
 * it comes and goes as the list scrolls (a stop appearing behind the focus is never reached); the
 * keyboard has `n`, and the list's own Home, End and arrow keys.
 */
export function BackToNowButton({ place, onClick }: { place: NowPlace; onClick: () => void }) {
  if (place === null) return null
  return (
    <button
      type="button"
      className={`btn absolute right-3 z-10 shadow print:hidden ${place === 'above' ? 'top-1' : 'bottom-1'}`}
      onClick={onClick}
      tabIndex={-1}
      aria-keyshortcuts="n"
      title="Back to the now line (n)"
    >
      <span aria-hidden="true">{place === 'above' ? '↑' : '↓'} </span>Now
    </button>
  )
}
