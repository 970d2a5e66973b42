import { lttb, type TimePoint } from './lttb'

/** Stretches shorter than this are thinned again each time: cheaper than looking them up. */
const rememberedFrom = 2_000

/** The latest thinnings of each long stretch, by its first point and the number of points kept. */
const thinnings = new WeakMap<
  TimePoint,
  Map<number, { stretch: readonly TimePoint[]; kept: TimePoint[] }>
>()

/**
 * lttb, remembered for a long stretch: a replay step redraws a tick series whose earlier days are
 * the same points as at the step before, and only the day that grew is thinned again.
 */
export function rememberedLttb<P extends TimePoint>(stretch: readonly P[], threshold: number): P[] {
  if (stretch.length < rememberedFrom) return lttb(stretch, threshold)
  let byThreshold = thinnings.get(stretch[0]!)
  const known = byThreshold?.get(threshold)
  if (known && samePoints(known.stretch, stretch)) return known.kept as P[]
  const kept = lttb(stretch, threshold)
  if (!byThreshold) thinnings.set(stretch[0]!, (byThreshold = new Map()))
  byThreshold.delete(threshold)
  byThreshold.set(threshold, { stretch, kept })
  // A few widths at once (a card, the comparison chart); older thinnings are let go.
  if (byThreshold.size > 4) byThreshold.delete(byThreshold.keys().next().value!)
  return kept
}

function samePoints(a: readonly TimePoint[], b: readonly TimePoint[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
