import type { Development, Quote, Series, Session } from './schemas/types'

const at = (iso: string) => Date.parse(iso)

/**
 * The span a replay slider covers: from the start of the hour of the earliest dated record to the
 * first full hour after the latest one (or after `until`, e.g. the feed's pinned now, when later),
 * so the last event is seen with some time after it.
 * Null when nothing is dated.
 */
export function replaySpan(
  records: {
    sessions?: readonly Session[]
    developments?: readonly Development[]
    quotes?: readonly Quote[]
    series?: readonly Series[]
  },
  until?: number | null,
): { start: number; end: number } | null {
  let earliest = Infinity
  let latest = -Infinity
  const take = (t: number) => {
    if (!Number.isFinite(t)) return
    if (t < earliest) earliest = t
    if (t > latest) latest = t
  }
  for (const s of records.sessions ?? []) {
    take(at(s.start))
    if (s.end) take(at(s.end))
  }
  for (const d of records.developments ?? []) take(at(d.at))
  for (const q of records.quotes ?? []) take(at(q.saidAt))
  for (const series of records.series ?? []) for (const p of series.points) take(at(p.t))
  if (until !== undefined && until !== null) take(until)
  if (earliest === Infinity) return null
  const hour = 3_600_000
  return { start: Math.floor(earliest / hour) * hour, end: Math.floor(latest / hour) * hour + hour }
}

/** Whether replaySpan would give a span: some record is dated (stops at the first). */
export function hasReplaySpan(
  records: Parameters<typeof replaySpan>[0],
  until?: number | null,
): boolean {
  const dated = (iso: string) => Number.isFinite(at(iso))
  return (
    (until !== undefined && until !== null && Number.isFinite(until)) ||
    (records.sessions ?? []).some((s) => dated(s.start) || (s.end !== null && dated(s.end))) ||
    (records.developments ?? []).some((d) => dated(d.at)) ||
    (records.quotes ?? []).some((q) => dated(q.saidAt)) ||
    (records.series ?? []).some((series) => series.points.some((p) => dated(p.t)))
  )
}
