import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { hasReplaySpan, replaySpan } from '../../feed/replay-span'
import { replayEvents } from '../../feed/replay-events'
import { roundReplayWindows, windowAt } from '../../feed/round-replay-windows'
import { roundSpans } from '../../feed/round-spans'
import { ReplayRoundPicker } from './replay-round-picker'
import { replayUnavailableWhy } from './replay-unavailable'
import {
  developmentsQueries,
  indexQueries,
  quotesQueries,
  sessionsQueries,
} from '../../feed/queries'
import { ReplayControl } from '../../components/replay-control'
import { useRuntime } from '../../hooks/runtime-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { useClock } from '../../hooks/clock-context'
import { useServerClockOffset } from '../../feed/server-clock'
import { replaySpeeds, useReplay } from '../../hooks/use-replay'
import { useDeferredQuery } from '../../hooks/use-deferred-query'
import { useUrlParam } from '../../hooks/use-url-param'

/**
 * "Replay" in the header: view the whole dashboard as of any moment of the round (?asof=), play
 * through the day, and go back to live. The span runs over the live data, never the cut.
 */
export function ReplayBar() {
  const { feedBaseUrl } = useRuntime()
  const [zone] = useDisplayZone()
  const index = useQuery(indexQueries.detail(feedBaseUrl))
  const sessions = useDeferredQuery(sessionsQueries.list(feedBaseUrl))
  const developments = useDeferredQuery(developmentsQueries.list(feedBaseUrl))
  const quotes = useDeferredQuery(quotesQueries.list(feedBaseUrl))
  const pinned = index.data?.pinnedNow ? Date.parse(index.data.pinnedNow) : null
  const [open, setOpen] = useState(false)
  const [asOf] = useUrlParam('asof')
  // Over every record, so only once the bar is open or a replay is shown, never on the page's
  // start-up: closed, the bar needs to know only that something is dated.
  const shown = open || asOf !== null
  const records = useMemo(
    () =>
      sessions.data && developments.data && quotes.data
        ? {
            sessions: sessions.data.sessions,
            developments: developments.data.developments,
            quotes: quotes.data.quotes,
          }
        : null,
    [sessions.data, developments.data, quotes.data],
  )
  // Never past the page's live now: the feed's own moment, else the server's clock.
  const serverOffset = useServerClockOffset()
  const { wall } = useClock(60_000)
  const horizon = pinned ?? wall + serverOffset
  const span = useMemo(
    () => (shown && records ? replaySpan(records, pinned, horizon) : null),
    [shown, records, pinned, horizon],
  )
  const canReplay = useMemo(
    () => span !== null || (records !== null && hasReplaySpan(records, pinned, horizon)),
    [span, records, pinned, horizon],
  )
  const rounds = index.data?.rounds
  // A feed of several rounds replays one at a time (the one at the moment shown, by default).
  const windows = useMemo(
    () =>
      span && rounds && records
        ? roundReplayWindows(roundSpans(rounds, records.sessions), span)
        : [],
    [span, rounds, records],
  )
  const [chosen, setChosen] = useState<string | null | undefined>(undefined)
  const roundWindow =
    windows.length < 2 || chosen === null
      ? null
      : chosen === undefined
        ? windowAt(windows, asOf)
        : (windows.find((w) => w.roundId === chosen) ?? windowAt(windows, asOf))
  const shownSpan = roundWindow ?? span
  const replay = useReplay(shownSpan)
  const people = index.data?.people
  const allEvents = useMemo(
    () =>
      shown && records && rounds && people ? replayEvents({ ...records, rounds, people }) : [],
    [shown, records, rounds, people],
  )
  const events = useMemo(
    () =>
      shownSpan ? allEvents.filter((e) => shownSpan.start <= e.t && e.t <= shownSpan.end) : [],
    [allEvents, shownSpan],
  )
  // Focus follows the viewer: into the slider when they open the bar, back to its button when they
  // close it (the control they used is gone).
  const [closedByViewer, setClosedByViewer] = useState(false)
  const replayButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (closedByViewer) replayButton.current?.focus()
  }, [closedByViewer])
  if (!span || !shownSpan) {
    return (
      <button
        ref={replayButton}
        type="button"
        className="btn"
        disabled={!canReplay}
        title={
          canReplay
            ? undefined
            : replayUnavailableWhy([
                { what: 'sessions', data: sessions.data, isError: sessions.isError },
                { what: 'developments', data: developments.data, isError: developments.isError },
                { what: 'quotes', data: quotes.data, isError: quotes.isError },
              ])
        }
        onClick={() => {
          setOpen(true)
          setClosedByViewer(false)
        }}
      >
        <span aria-hidden="true">◀</span> Replay
      </button>
    )
  }
  return (
    <div className="w-full rounded border border-line bg-raised px-2 py-1">
      <ReplayControl
        span={shownSpan}
        spanName={
          roundWindow
            ? roundWindow.name
            : windows.length > 1
              ? `all ${windows.length} rounds`
              : undefined
        }
        spanPicker={
          windows.length > 1 && (
            <ReplayRoundPicker
              windows={windows}
              chosen={roundWindow?.roundId ?? null}
              onChoose={(roundId) => {
                setChosen(roundId)
                replay.pause()
                const next = windows.find((w) => w.roundId === roundId)
                // The moment shown stays if the round holds it (live is the latest round's end).
                const at = replay.asOf ?? span.end
                if (next && (at < next.start || at > next.end)) replay.setAsOf(next.start, next)
              }}
            />
          )
        }
        asOf={replay.asOf}
        zone={zone}
        playing={replay.playing}
        speed={replay.speed}
        speeds={replaySpeeds}
        onSeek={replay.setAsOf}
        events={events}
        onPlay={replay.play}
        onPause={replay.pause}
        onSpeedChange={replay.setSpeed}
        onLeave={() => {
          replay.leave()
          setOpen(false)
          setClosedByViewer(true)
        }}
        focusOnOpen={open}
      />
    </div>
  )
}
