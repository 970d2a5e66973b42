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
  const times: number[] = []
  for (const s of records.sessions ?? []) {
    times.push(at(s.start))
    if (s.end) times.push(at(s.end))
  }
  for (const d of records.developments ?? []) times.push(at(d.at))
  for (const q of records.quotes ?? []) times.push(at(q.saidAt))
  for (const series of records.series ?? []) for (const p of series.points) times.push(at(p.t))
  if (until !== undefined && until !== null) times.push(until)
  const valid = times.filter(Number.isFinite)
  if (valid.length === 0) return null
  const hour = 3_600_000
  const start = Math.floor(Math.min(...valid) / hour) * hour
  const end = Math.floor(Math.max(...valid) / hour) * hour + hour
  return { start, end }
}
