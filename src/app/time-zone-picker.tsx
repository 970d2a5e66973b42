import { useDisplayZone } from '../hooks/use-display-zone'
import { viewerTimeZone } from '../lib/time-zone'

const zones = [
  { zone: 'Europe/London', label: 'London' },
  { zone: 'America/New_York', label: 'New York' },
  { zone: 'Asia/Hong_Kong', label: 'Beijing / Hong Kong' },
  { zone: 'UTC', label: 'UTC' },
]

export function TimeZonePicker() {
  const [zone, setZone] = useDisplayZone()
  const own = viewerTimeZone()
  const options = [{ zone: own, label: `Your zone (${own})` }, ...zones.filter((z) => z.zone !== own)]
  if (!options.some((o) => o.zone === zone)) options.push({ zone, label: zone })
  return (
    <label className="flex items-center gap-1">
      <span>Times in</span>
      <select
        className="rounded border border-line bg-raised px-1 py-0.5 text-ink"
        value={zone}
        onChange={(event) => setZone(event.target.value)}
      >
        {options.map((o) => (
          <option key={o.zone} value={o.zone}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
