import type { NowPlace } from './use-back-to-now'

/** Over the timeline's edge the now line is beyond: "↑ Now" or "↓ Now", back to it. */
export function BackToNowButton({ place, onClick }: { place: NowPlace; onClick: () => void }) {
  if (place === null) return null
  return (
    <button
      type="button"
      className={`btn absolute right-3 z-10 shadow print:hidden ${place === 'above' ? 'top-1' : 'bottom-1'}`}
      onClick={onClick}
      aria-keyshortcuts="n"
      title="Back to the now line (n)"
    >
      <span aria-hidden="true">{place === 'above' ? '↑' : '↓'} </span>Now
    </button>
  )
}
