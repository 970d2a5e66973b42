import type { Development, Quote, Series, Session } from './schemas/types'

const at = (iso: string) => Date.parse(iso)

type Records = {
  sessions?: readonly Session[]
  developments?: readonly Development[]
  quotes?: readonly Quote[]
  series?: readonly Series[]
}

/**
 * The span a replay slider covers: from the start of the hour of the earliest dated record to the
 * first full hour after the latest one (or after `until`, e.g. the feed's pinned now, when later),
 * so the last event is seen with some time after it; never past `horizon`, the page's live now (a
 * session scheduled ahead is no moment to replay: nothing is known of it yet).
 * Null when nothing is dated, or nothing before the horizon.
 */
export function replaySpan(
  records: Records,
  until?: number | null,
  horizon = Infinity,
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
  if (earliest === Infinity || earliest > horizon) return null
  const hour = 3_600_000
  const start = Math.floor(earliest / hour) * hour
  return { start, end: Math.max(start, Math.min(Math.floor(latest / hour) * hour + hour, horizon)) }
}

/** Whether replaySpan would give a span: some record is dated (stops at the first). */
export function hasReplaySpan(
  records: Records,
  until?: number | null,
  horizon = Infinity,
): boolean {
  const dated = (iso: string) => at(iso) <= horizon
  return (
    (until !== undefined && until !== null && Number.isFinite(until) && until <= horizon) ||
    (records.sessions ?? []).some((s) => dated(s.start) || (s.end !== null && dated(s.end))) ||
    (records.developments ?? []).some((d) => dated(d.at)) ||
    (records.quotes ?? []).some((q) => dated(q.saidAt)) ||
    (records.series ?? []).some((series) => series.points.some((p) => dated(p.t)))
  )
}
