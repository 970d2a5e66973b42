/** A short piece of a line as the chart draws it, colour and dash: the key to a line of many. */
export function LineSwatch({ color, dash }: { color: string; dash: string | undefined }) {
  return (
    <svg width="18" height="6" aria-hidden="true" className="inline-block shrink-0 align-middle">
      <line x1="0" y1="3" x2="18" y2="3" stroke={color} strokeWidth="2" strokeDasharray={dash} />
    </svg>
  )
}
