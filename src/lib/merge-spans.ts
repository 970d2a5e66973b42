/** Merges overlapping or touching spans (e.g. a session that closes as the next opens), in order. */
export function mergeSpans(
  spans: readonly (readonly [from: number, to: number])[],
): [from: number, to: number][] {
  const merged: [number, number][] = []
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1)
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}
