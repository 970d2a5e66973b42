import type { EventChoice } from './use-alert-choices'

const keyOf = (choice: EventChoice) => `${choice.ref.kind}:${choice.ref.id}`

/**
 * The event chosen by its key, else the first on offer: one that left the feed or was called off
 * while the form is open gives way to what the select then shows.
 */
export function chosenEvent(events: readonly EventChoice[], key: string): EventChoice | undefined {
  const offered = events.filter((e) => !e.disabled)
  return offered.find((e) => keyOf(e) === key) ?? offered[0]
}

/** "Since": the event a move is measured from; those with no moment to measure from, disabled. */
export function SinceField({
  events,
  chosen,
  onChoose,
  className,
}: {
  events: readonly EventChoice[]
  chosen: EventChoice | undefined
  onChoose: (key: string) => void
  className: string
}) {
  return (
    <label className={className}>
      <span className="text-muted">Since</span>
      <select
        className="btn max-w-[16rem]"
        value={chosen ? keyOf(chosen) : ''}
        onChange={(e) => onChoose(e.target.value)}
      >
        {events.map((e) => (
          <option key={keyOf(e)} value={keyOf(e)} disabled={e.disabled}>
            {e.label}
          </option>
        ))}
      </select>
    </label>
  )
}
