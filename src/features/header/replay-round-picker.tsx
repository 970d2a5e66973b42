import { useId } from 'react'
import type { ReplayWindow } from '../../feed/round-replay-windows'

/** The choice of what a replay's slider covers: one round of the feed, or all of them. */
export function ReplayRoundPicker({
  windows,
  chosen,
  onChoose,
}: {
  windows: readonly ReplayWindow[]
  /** The round shown, or null for all of them. */
  chosen: string | null
  onChoose: (roundId: string | null) => void
}) {
  const id = useId()
  return (
    <>
      <label htmlFor={id} className="text-muted">
        Replay
      </label>
      <select
        id={id}
        className="rounded border border-line bg-raised px-1 py-0.5 text-ink"
        value={chosen ?? ''}
        onChange={(event) => onChoose(event.currentTarget.value || null)}
      >
        {[...windows].reverse().map((w) => (
          <option key={w.roundId} value={w.roundId}>
            {w.name}
          </option>
        ))}
        <option value="">All {windows.length} rounds</option>
      </select>
    </>
  )
}
