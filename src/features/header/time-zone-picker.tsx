import { useQuery } from '@tanstack/react-query'
import { useDisplayZone, useSecondZone } from '../../hooks/use-display-zone'
import { indexQueries, marketsQueries, sessionsQueries } from '../../feed/queries'
import { roundSpans } from '../../feed/round-spans'
import { useFeed } from '../../hooks/use-feed'
import { viewerTimeZone } from '../../lib/time-zone'
import { zoneChoices } from './zone-choices'

/** The viewer's own zone, the talks' venues, the feed's markets, the financial centres, and `current`. */
function ZoneOptions({ current }: { current: string | null }) {
  const feed = useFeed()
  // Read from what the panels loaded: the picker asks the feed for nothing itself.
  const index = useQuery({ ...indexQueries.detail(feed), enabled: false })
  const markets = useQuery({ ...marketsQueries.list(feed), enabled: false })
  const sessions = useQuery({ ...sessionsQueries.list(feed), enabled: false })
  // A replay's rounds: those it shows (round-spans.ts), not those the feed holds for later.
  const shown =
    index.data && sessions.data
      ? new Set(roundSpans(index.data.rounds, sessions.data.sessions).map((span) => span.round))
      : null
  const groups = zoneChoices({
    own: viewerTimeZone(),
    rounds: shown ? index.data?.rounds.filter((round) => shown.has(round)) : index.data?.rounds,
    instruments: markets.data?.instruments,
    current,
  })
  return groups.map(({ label, choices }) => {
    const options = choices.map((o) => (
      <option key={o.zone} value={o.zone}>
        {o.label}
      </option>
    ))
    return label === null ? (
      options
    ) : (
      <optgroup key={label} label={label}>
        {options}
      </optgroup>
    )
  })
}

// Each select is as wide as its chosen option ("Your zone (New York)" whole), at least a set width:
// sized by its widest option, it would move the header's controls (and the page) once the feed's
// places load. Where a browser cannot size a field by its content, the set width is its width.
const selectClass =
  'rounded border border-line bg-raised px-1 py-0.5 text-ink field-sizing-content supports-[field-sizing:content]:w-auto'

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
        className={`w-[9rem] min-w-[9rem] ${selectClass}`}
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
        className={`w-[7.5rem] min-w-[7.5rem] ${selectClass}`}
        value={second ?? ''}
        onChange={(event) => setSecond(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">no second zone</option>
        <ZoneOptions current={second} />
      </select>
    </label>
  )
}
