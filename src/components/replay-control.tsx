import { useEffect, useId, useRef, type ReactNode } from 'react'
import { formatDateTime } from '../lib/format-time'
import { zonePlace } from '../lib/time-zone'
import { eventAfter, eventBefore, type ReplayEvent } from '../feed/replay-events'

export type ReplayControlProps = {
  /** The round's span (ms). */
  span: { start: number; end: number }
  /** The moment shown, or null when live. */
  asOf: number | null
  /** The display zone (useDisplayZone). */
  zone: string
  playing: boolean
  speed: number
  speeds: readonly { value: number; label: string }[]
  onSeek: (t: number) => void
  /** The feed's dated moments in time order (replayEvents): Previous / Next event jump to them. */
  events?: readonly ReplayEvent[]
  onPlay: () => void
  onPause: () => void
  onSpeedChange: (speed: number) => void
  /** Back to live, closing the control (its button reads "Close" while live). */
  onLeave: () => void
  /** Opened by the viewer's own click or key: the slider takes the focus. */
  focusOnOpen?: boolean
  /** What the span covers, for the slider's name ("the Stockholm round"). */
  spanName?: string
  /** A choice of span (a feed of several rounds), shown in place of the slider's label. */
  spanPicker?: ReactNode
}

/** Slider steps: five minutes (arrow keys), an hour with Page Up / Page Down, events with Shift. */
const stepMs = 5 * 60_000
const pageMs = 60 * 60_000

const button =
  'rounded border border-line bg-raised px-2 py-1 text-sm text-ink hover:border-accent focus-visible:outline-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:border-dashed disabled:border-line disabled:bg-transparent disabled:text-muted'

/**
 * The replay control: a slider over the round with the moment in the display zone, play/pause,
 * speed, and "Back to live" (or, while live, "Close"). Presentational: state comes from useReplay
 * (src/hooks/use-replay.ts).
 */
export function ReplayControl({
  span,
  asOf,
  zone,
  playing,
  speed,
  speeds,
  onSeek,
  events = [],
  onPlay,
  onPause,
  onSpeedChange,
  onLeave,
  focusOnOpen = false,
  spanName = 'the round',
  spanPicker,
}: ReplayControlProps) {
  const sliderId = useId()
  const slider = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (focusOnOpen) slider.current?.focus()
  }, [focusOnOpen])
  const speedId = useId()
  const value = Math.min(span.end, Math.max(span.start, asOf ?? span.end))
  const shown = asOf === null ? 'Live' : `As of ${formatDateTime(asOf, zone)}`
  const valueText = asOf === null ? 'Live' : formatDateTime(asOf, zone)
  const seek = (t: number) => onSeek(Math.min(span.end, Math.max(span.start, t)))
  const previous = eventBefore(events, value)
  const next = eventAfter(events, value)
  const eventTitle = (event: ReplayEvent) => `${formatDateTime(event.t, zone)}: ${event.label}`
  return (
    <div
      role="group"
      aria-label="Replay"
      className="flex flex-wrap items-center gap-2 text-sm text-ink"
    >
      <label htmlFor={sliderId} className={spanPicker ? 'sr-only' : 'text-muted'}>
        Replay {spanName}
      </label>
      {spanPicker}
      <input
        ref={slider}
        id={sliderId}
        type="range"
        className="min-w-40 flex-1 accent-[var(--chart-1)]"
        min={span.start}
        max={span.end}
        step={stepMs}
        value={value}
        aria-valuetext={valueText}
        onChange={(event) => seek(Number(event.currentTarget.value))}
        onKeyDown={(event) => {
          // Page Up / Page Down: an hour (browsers differ on their own page step).
          if (event.key === 'PageUp' || event.key === 'PageDown') {
            event.preventDefault()
            seek(value + (event.key === 'PageUp' ? pageMs : -pageMs))
          }
          const jump =
            event.shiftKey && event.key === 'ArrowRight'
              ? next
              : event.shiftKey && event.key === 'ArrowLeft'
                ? previous
                : undefined
          if (jump !== undefined) {
            event.preventDefault()
            if (jump) seek(jump.t)
          }
        }}
      />
      <output
        htmlFor={sliderId}
        aria-live="off"
        className={asOf === null ? 'text-muted' : 'font-medium text-accent'}
      >
        {shown}
        <span className="sr-only"> ({zonePlace(zone)} time)</span>
      </output>
      {events.length > 0 && (
        <>
          <button
            type="button"
            className={button}
            disabled={!previous}
            onClick={() => previous && seek(previous.t)}
            aria-label="Previous event"
            title={previous ? eventTitle(previous) : 'No earlier event'}
          >
            <span aria-hidden="true">|◀</span>
          </button>
          <button
            type="button"
            className={button}
            disabled={!next}
            onClick={() => next && seek(next.t)}
            aria-label="Next event"
            title={next ? eventTitle(next) : 'No later event'}
          >
            <span aria-hidden="true">▶|</span>
          </button>
        </>
      )}
      <button
        type="button"
        className={button}
        onClick={playing ? onPause : onPlay}
        aria-label={playing ? 'Pause replay' : 'Play replay'}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
      </button>
      <label htmlFor={speedId} className="sr-only">
        Replay speed
      </label>
      <select
        id={speedId}
        className={button}
        value={speed}
        onChange={(event) => onSpeedChange(Number(event.currentTarget.value))}
      >
        {speeds.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {asOf !== null ? (
        <button type="button" className={button} onClick={onLeave}>
          Back to live
        </button>
      ) : (
        <button type="button" className={button} onClick={onLeave} aria-label="Close replay">
          Close
        </button>
      )}
    </div>
  )
}
