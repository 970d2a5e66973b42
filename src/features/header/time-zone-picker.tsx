import { useDisplayZone, useSecondZone } from '../../hooks/use-display-zone'
import { viewerTimeZone } from '../../lib/time-zone'

const zones = [
  { zone: 'Europe/London', label: 'London' },
  { zone: 'America/New_York', label: 'New York' },
  { zone: 'Asia/Hong_Kong', label: 'Beijing / Hong Kong' },
  { zone: 'UTC', label: 'UTC' },
]

/** The viewer's own zone, the talks' zones, and `current` if it is none of them. */
function ZoneOptions({ current }: { current: string | null }) {
  const own = viewerTimeZone()
  const options = [
    { zone: own, label: `Your zone (${own})` },
    ...zones.filter((z) => z.zone !== own),
  ]
  if (current !== null && !options.some((o) => o.zone === current))
    options.push({ zone: current, label: current })
  return options.map((o) => (
    <option key={o.zone} value={o.zone}>
      {o.label}
    </option>
  ))
}

const selectClass = 'max-w-[8rem] rounded border border-line bg-raised px-1 py-0.5 text-ink'

/** The display zone (remembered, ?tz=) and an optional second zone shown beside it (?tz2=). */
export function TimeZonePicker() {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <DisplayZonePicker />
      <SecondZonePicker />
    </span>
  )
}

/** "Times in": the zone every time on the page is shown in. */
export function DisplayZonePicker() {
  const [zone, setZone] = useDisplayZone()
  return (
    <label className="flex items-center gap-1">
      <span>Times in</span>
      <select
        className={selectClass}
        value={zone}
        onChange={(event) => setZone(event.target.value)}
      >
        <ZoneOptions current={zone} />
      </select>
    </label>
  )
}

/** "also": a second zone shown beside the first, or none. */
export function SecondZonePicker() {
  const [second, setSecond] = useSecondZone()
  return (
    <label className="flex items-center gap-1">
      <span>also</span>
      <select
        className={selectClass}
        value={second ?? ''}
        onChange={(event) => setSecond(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">no second zone</option>
        <ZoneOptions current={second} />
      </select>
    </label>
  )
}
