import { useMemo } from 'react'
import { sessionLabel } from '../../feed/session-label'
import type { Round, Session } from '../../feed/schemas/types'
import { useNow } from '../../hooks/clock-context'
import { formatClock, formatDay, zoneAbbreviation } from '../../lib/format-time'
import { LiveDuration } from './live-duration'
import { StartsIn } from './starts-in'
import { nextSession } from './session-timing'
import {
  bySchedule,
  byScheduleWords,
  calledOffSince,
  runningSession,
  undatedNews,
} from './talks-now'
import { calledOffSign, calledOffWords } from './called-off-words'
import { sortByTime } from '../../lib/sort-by-time'

/**
 * The "now" line between what has happened and what is coming: the time in the display zone, the
 * running session's elapsed time (ticking) or the countdown to the next one.
 */
export function NowLine({
  sessions,
  heldBack = 0,
  sessionsFailed = false,
  rounds,
  zone,
}: {
  sessions: readonly Session[]
  /** Sessions a replay leaves out, not known yet at its moment. */
  heldBack?: number
  /** The sessions failed to load: whether one is running or next is not known, and it says so. */
  sessionsFailed?: boolean
  rounds: readonly Round[]
  zone: string
}) {
  const now = useNow(1000)
  const ordered = useMemo(() => sortByTime(sessions, (s) => s.start), [sessions])
  const running = runningSession(sessions, now)
  const next = running ? null : nextSession(sessions, now)
  const calledOff = running
    ? []
    : calledOffSince(ordered, now, next ? Date.parse(next.start) : Infinity)
  return (
    <div data-now-line="" className="flex py-1 items-center gap-2 text-xs">
      <span aria-hidden="true" className="h-0.5 w-3 shrink-0 bg-danger" />
      <p className="flex flex-wrap items-baseline gap-x-2">
        <strong className="text-danger">
          Now <span className="sr-only">:</span>
        </strong>
        <time dateTime={toMinute(now)} className="tabular-nums">
          {formatDay(now, zone)} {formatClock(now, zone)} {zoneAbbreviation(now, zone)}
        </time>
        {sessionsFailed ? (
          <span className="text-muted">
            Sessions unavailable: whether one is running is not known
          </span>
        ) : running ? (
          <span>
            <span aria-hidden="true">● </span>
            {sessionLabel(running, rounds)} in session for{' '}
            <LiveDuration from={Date.parse(running.start)} mode="elapsed" />
            {bySchedule(running, now) && ` (${byScheduleWords})`}
          </span>
        ) : (
          <>
            {calledOff.length > 0 && (
              <span>
                <span aria-hidden="true">{calledOffSign(calledOff)} </span>
                {calledOffWords(
                  calledOff,
                  (s) => sessionLabel(s, rounds),
                  (at, precision) =>
                    `${formatDay(at, zone)} ${formatClock(at, zone, precision)} ${zoneAbbreviation(at, zone)}`,
                )}
              </span>
            )}
            <NextSession next={next} heldBack={heldBack} rounds={rounds} zone={zone} now={now} />
          </>
        )}
      </p>
      <span aria-hidden="true" className="h-0.5 min-w-3 flex-1 bg-danger" />
    </div>
  )
}

/** The countdown to the next session, or that none is running or scheduled. */
function NextSession({
  next,
  heldBack,
  rounds,
  zone,
  now,
}: {
  next: Session | null
  heldBack: number
  rounds: readonly Round[]
  zone: string
  now: number
}) {
  return next ? (
    <span>
      <span aria-hidden="true">◷ </span>
      {sessionLabel(next, rounds)} <StartsIn from={Date.parse(next.start)} zone={zone} /> (
      {Date.parse(next.start) - now >= 86_400_000 ? `${formatDay(next.start, zone)} ` : ''}
      {formatClock(next.start, zone, next.startPrecision)}{' '}
      {zoneAbbreviation(Date.parse(next.start), zone)})
    </span>
  ) : (
    <span className="text-muted">
      {heldBack > 0
        ? `No session running; later sessions not shown: ${undatedNews}`
        : 'No session running or scheduled'}
    </span>
  )
}

/** The minute shown ("2025-06-10T08:15Z"), so that the element changes once a minute, not each second. */
const toMinute = (time: number) => `${new Date(time).toISOString().slice(0, 16)}Z`
