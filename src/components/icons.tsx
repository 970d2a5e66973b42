/**
 * Icons drawn, not typed: a symbol missing from the viewer's fonts (⤓ and 🔔 are missing from many)
 * shows as a box, or sends the browser through every font in the stack for one glyph, in the
 * layout that first shows the panel. Decorative: the text beside each says what it means.
 */
const common = {
  width: '1em',
  height: '1em',
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  className: 'inline-block shrink-0 align-[-0.125em]',
} as const

/** An arrow down to a line: a download. */
export function DownloadIcon() {
  return (
    <svg {...common}>
      <path d="M8 2v8.5M4.5 7 8 10.5 11.5 7M3 14h10" />
    </svg>
  )
}

/** A bell: notifications. */
export function BellIcon() {
  return (
    <svg {...common}>
      <path d="M4 11.5V7a4 4 0 0 1 8 0v4.5l1.5 1H2.5zM6.5 14.5a1.5 1.5 0 0 0 3 0" />
    </svg>
  )
}
