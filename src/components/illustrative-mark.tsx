/**
 * "illus." beside a figure read from an illustrative path (generated, not real prices), or after
 * figures all read from such paths (`paths`): the words in full in its tooltip and for screen
 * readers.
 */
export function IllustrativeMark({ paths = false }: { paths?: boolean }) {
  const words = paths ? 'illustrative paths, not real prices' : 'illustrative path, not real prices'
  return (
    <span
      className="text-[10px] text-warn"
      title={paths ? `From ${words}` : 'From an illustrative path, not real prices'}
    >
      <span aria-hidden="true"> illus.</span>
      <span className="sr-only"> ({words})</span>
    </span>
  )
}
