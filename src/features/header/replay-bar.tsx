import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { replaySpan } from '../../feed/replay-span'
import { replayEvents } from '../../feed/replay-events'
import {
  developmentsQueries,
  indexQueries,
  quotesQueries,
  sessionsQueries,
} from '../../feed/queries'
import { ReplayControl } from '../../components/replay-control'
import { useRuntime } from '../../hooks/runtime-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { replaySpeeds, useReplay } from '../../hooks/use-replay'
import { useDeferredQuery } from '../../hooks/use-deferred-query'

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
  // Over every record: computed when the data changes, not on each render.
  const span = useMemo(
    () =>
      sessions.data && developments.data && quotes.data
        ? replaySpan(
            {
              sessions: sessions.data.sessions,
              developments: developments.data.developments,
              quotes: quotes.data.quotes,
            },
            pinned,
          )
        : null,
    [sessions.data, developments.data, quotes.data, pinned],
  )
  const replay = useReplay(span)
  const [open, setOpen] = useState(false)
  const rounds = index.data?.rounds
  const people = index.data?.people
  // Every record again, sorted: only once the bar is open, never on the page's start-up.
  const shown = open || replay.replaying
  const events = useMemo(
    () =>
      shown && sessions.data && developments.data && quotes.data && rounds && people
        ? replayEvents({
            sessions: sessions.data.sessions,
            developments: developments.data.developments,
            quotes: quotes.data.quotes,
            rounds,
            people,
          })
        : [],
    [shown, sessions.data, developments.data, quotes.data, rounds, people],
  )
  // Focus follows the viewer: into the slider when they open the bar, back to its button when they
  // close it (the control they used is gone).
  const [closedByViewer, setClosedByViewer] = useState(false)
  const replayButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (closedByViewer) replayButton.current?.focus()
  }, [closedByViewer])
  if (!span || !shown) {
    return (
      <button
        ref={replayButton}
        type="button"
        className="btn"
        disabled={!span}
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
        span={span}
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
