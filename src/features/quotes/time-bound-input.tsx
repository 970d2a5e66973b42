import { wallClock, zonedTimeToUtc } from '../../lib/zoned-time'
import { writeInstant } from '../../hooks/url-values'
import { zoneAbbreviation } from '../../lib/format-time'

/** The datetime-local value of an instant in the zone: "2025-06-09T18:00". */
function toLocalInput(ms: number | null, zone: string): string {
  if (ms === null) return ''
  const { date, time } = wallClock(new Date(ms), zone)
  return `${date}T${time.slice(0, 5)}`
}

function fromLocalInput(value: string, zone: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value)
  if (!match?.[1] || !match[2]) return null
  try {
    return zonedTimeToUtc(match[1], match[2], zone).getTime()
  } catch {
    return null
  }
}

type Props = {
  label: 'From' | 'To'
  zone: string
  /** The page's now: the zone's name is the one at the bound, or at now without one. */
  now: number
  value: number | null
  /** The bound as the URL writes it, or null when cleared or unreadable. */
  onChange: (value: string | null) => void
}

/**
 * One end of the time filter, typed in the viewer's zone, named as it is at that bound ("From
 * (BST)" in June, "To (GMT)" in November).
 */
export function TimeBoundInput({ label, zone, now, value, onChange }: Props) {
  return (
    <label className="flex flex-col gap-0.5 text-xs text-muted">
      {label} ({zoneAbbreviation(value ?? now, zone)})
      <input
        type="datetime-local"
        aria-label={label}
        className="rounded border border-line bg-surface px-1 py-0.5 text-sm text-ink"
        value={toLocalInput(value, zone)}
        onChange={(event) => {
          const ms = fromLocalInput(event.target.value, zone)
          onChange(ms === null ? null : writeInstant(ms))
        }}
      />
    </label>
  )
}
