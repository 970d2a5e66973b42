/**
 * "illus." beside a figure read from an illustrative path (generated, not real prices): the words
 * in full in its tooltip and for screen readers.
 */
export function IllustrativeMark() {
  return (
    <span className="text-[10px] text-warn" title="From an illustrative path, not real prices">
      <span aria-hidden="true"> illus.</span>
      <span className="sr-only"> (illustrative path, not real prices)</span>
    </span>
  )
}
