import type { RoundSpan } from './round-spans'

export type ReplayWindow = { roundId: string; name: string; start: number; end: number }

const hour = 3_600_000

/**
 * The part of the replay span each dated round covers, so a slider over one round moves in minutes
 * where one over months would move in hours: from halfway since the round before ended (or the
 * span's start) to halfway to the next round's start (or the span's end), and never less than the
 * round's own dates (rounds that overlap share that time). The lead-up and the aftermath are each
 * the round's nearer to them; together the windows cover the whole span. Whole hours; rounds with
 * no start, or still to come (nothing of them to replay yet), are left out. Pure.
 */
export function roundReplayWindows(
  rounds: readonly RoundSpan[],
  whole: { start: number; end: number },
): ReplayWindow[] {
  const dated = rounds.filter(
    (r): r is RoundSpan & { start: number } =>
      r.start !== null && Number.isFinite(r.start) && r.start <= whole.end,
  )
  const endOf = (r: RoundSpan & { start: number }) => Math.max(r.end ?? r.start, r.start)
  const halfway = (from: number, to: number) => Math.round((from + (to - from) / 2) / hour) * hour
  const within = (t: number) => Math.min(whole.end, Math.max(whole.start, t))
  return dated.map((round, i) => {
    const before = dated[i - 1]
    const after = dated[i + 1]
    return {
      roundId: round.round.id,
      name: round.round.name,
      start: before
        ? within(Math.min(halfway(endOf(before), round.start), round.start))
        : whole.start,
      end: after ? within(Math.max(halfway(endOf(round), after.start), endOf(round))) : whole.end,
    }
  })
}

/** The window holding `t` (the last of those that do), or the latest when none does. */
export function windowAt(windows: readonly ReplayWindow[], t: number | null): ReplayWindow | null {
  if (t !== null)
    for (let i = windows.length - 1; i >= 0; i -= 1)
      if (windows[i]!.start <= t && t <= windows[i]!.end) return windows[i]!
  return windows.at(-1) ?? null
}
