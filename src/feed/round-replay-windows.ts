import type { RoundSpan } from './round-spans'

export type ReplayWindow = { roundId: string; name: string; start: number; end: number }

const hour = 3_600_000

/**
 * The part of the replay span each dated round covers, so a slider over one round moves in minutes
 * where one over months would move in hours: from halfway since the round before ended (or the
 * span's start) to halfway to the next round's start (or the span's end). The lead-up and the
 * aftermath are each the round's nearer to them; together the windows cover the whole span. Whole
 * hours; rounds with no start are left out. Pure.
 */
export function roundReplayWindows(
  rounds: readonly RoundSpan[],
  whole: { start: number; end: number },
): ReplayWindow[] {
  const dated = rounds.filter(
    (r): r is RoundSpan & { start: number } => r.start !== null && Number.isFinite(r.start),
  )
  // Never back in time, even where rounds overlap: each window ends where the next begins.
  let last = whole.start
  const edges = dated.slice(1).map((round, i) => {
    const before = dated[i]!
    const beforeEnd = Math.max(before.end ?? before.start, before.start)
    const middle = Math.round((beforeEnd + (round.start - beforeEnd) / 2) / hour) * hour
    last = Math.min(whole.end, Math.max(last, middle))
    return last
  })
  return dated.map((round, i) => ({
    roundId: round.round.id,
    name: round.round.name,
    start: i === 0 ? whole.start : edges[i - 1]!,
    end: i === dated.length - 1 ? whole.end : edges[i]!,
  }))
}

/** The window holding `t` (the last of two that share an edge), or the latest when none does. */
export function windowAt(windows: readonly ReplayWindow[], t: number | null): ReplayWindow | null {
  if (t !== null)
    for (let i = windows.length - 1; i >= 0; i -= 1)
      if (windows[i]!.start <= t && t <= windows[i]!.end) return windows[i]!
  return windows.at(-1) ?? null
}
