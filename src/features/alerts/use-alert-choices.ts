import { useQuery } from '@tanstack/react-query'
import { marketsQueries } from '../../feed/queries'
import { useFeed } from '../../hooks/use-feed'
import type { EventRef } from './alert-rules'
import { useAlertFeed } from './use-alert-feed'
import { sessionLabel } from '../../feed/session-label'
import { shortenText } from '../../lib/shorten-text'
import { moveUnit, type MoveUnit } from '../../lib/move-unit'
import type { Instrument } from '../../feed/schemas/types'
import { calledOffMark, isCalledOff } from '../../feed/called-off'
import { sinceMoment } from './called-off-rules'
import { useNewDate } from './use-new-date'

/** A moment a move can be measured since; `disabled`: listed, marked, not offered. */
export type EventChoice = { ref: EventRef; label: string; disabled?: boolean }

/**
 * What an alert can be about: the feed's instruments, events, and sessions to alert on the start or
 * end of. A session postponed or cancelled is listed, marked and disabled; as an event to measure
 * since, one postponed to a new date is offered at that date.
 */
export function useAlertChoices() {
  const { markets, sessions, developments, quotes, index } = useAlertFeed()
  const newDate = useNewDate()
  const rounds = index.data?.rounds ?? []
  const instruments = markets.data?.instruments ?? []
  const sessionList = sessions.data?.sessions ?? []
  const events: EventChoice[] = [
    ...sessionList.map((s) => {
      const rescheduled = s.status === 'postponed' ? newDate(s) : null
      const mark = rescheduled === null ? calledOffMark(s) : ` (postponed to ${rescheduled})`
      return {
        ref: { kind: 'session' as const, id: s.id },
        label: `Session: ${sessionLabel(s, rounds)}${mark}`,
        disabled: sinceMoment(s) === null,
      }
    }),
    ...(developments.data?.developments ?? []).map((d) => ({
      ref: { kind: 'development' as const, id: d.id },
      label: d.title,
    })),
    ...(quotes.data?.quotes ?? []).map((q) => ({
      ref: { kind: 'quote' as const, id: q.id },
      label: `“${shortenText(q.text, 60)}”`,
    })),
  ]
  // A session postponed or cancelled never starts or ends at its times: shown, marked, not offered.
  const sessionChoices = sessionList.map((s) => ({
    id: s.id,
    label: `${sessionLabel(s, rounds)}${calledOffMark(s)}`,
    disabled: isCalledOff(s),
  }))
  return { instruments, sessionChoices, events }
}

/**
 * The unit a move alert on the instrument is set in, as its card shows its moves: bp for a yield,
 * its own unit for a level that reaches zero (a spread), else %. By its kind until its series is in.
 */
export function useMoveAlertUnit(instrument: Instrument | undefined): MoveUnit {
  const feed = useFeed()
  const series = useQuery({
    ...marketsQueries.series(feed, instrument?.id ?? ''),
    enabled: instrument !== undefined,
  })
  if (!instrument) return '%'
  const data = series.data?.series
  if (data) return moveUnit(instrument, data)
  return instrument.kind === 'yield' ? 'bp' : '%'
}
