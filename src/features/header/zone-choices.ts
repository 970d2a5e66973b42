import { currentZoneName, zonePlace } from '../../lib/time-zone'

/** One zone the picker offers, and the words it is offered under. */
export type ZoneChoice = { zone: string; label: string }
export type ZoneGroup = { label: string | null; choices: ZoneChoice[] }

/** Financial centres offered whatever the feed: its own zones come first. */
const centres: ZoneChoice[] = [
  { zone: 'Europe/London', label: 'London' },
  { zone: 'America/New_York', label: 'New York' },
  { zone: 'Asia/Hong_Kong', label: 'Beijing / Hong Kong' },
  { zone: 'UTC', label: 'UTC' },
]

type Sources = {
  /** The viewer's own zone. */
  own: string
  /** The feed's rounds (each venue's zone and place), when loaded. */
  rounds?: readonly { location: string; timeZone: string }[]
  /** The feed's instruments (each home market's zone), when loaded. */
  instruments?: readonly { timeZone: string }[]
  /** The zone chosen now: offered even when nothing else names it. */
  current: string | null
}

/**
 * The zones a time-zone picker offers, in groups: the viewer's own; the talks' venues (named by
 * the rounds' places); the home markets of the feed's instruments; then the financial centres and
 * UTC. A zone is offered once, in the first group that has it; empty groups are left out.
 */
export function zoneChoices({ own, rounds = [], instruments = [], current }: Sources): ZoneGroup[] {
  const taken = new Set<string>()
  const group = (label: string | null, choices: ZoneChoice[]): ZoneGroup => {
    const fresh: ZoneChoice[] = []
    for (const choice of choices) {
      const zone = currentZoneName(choice.zone)
      if (taken.has(zone)) continue
      taken.add(zone)
      fresh.push({ ...choice, zone })
    }
    return { label, choices: fresh }
  }
  const venues = new Map<string, string[]>()
  for (const { location, timeZone } of rounds) {
    const zone = currentZoneName(timeZone)
    const places = venues.get(zone) ?? []
    if (!places.includes(location)) places.push(location)
    venues.set(zone, places)
  }
  const groups = [
    group(null, [{ zone: own, label: `Your zone (${zonePlace(own)})` }]),
    group(
      'Where the talks are',
      [...venues].map(([zone, places]) => ({ zone, label: places.join(' / ') })),
    ),
    group(
      'Markets',
      instruments.map(({ timeZone }) => ({ zone: timeZone, label: zonePlace(timeZone) })),
    ),
    group('Other', [
      ...centres,
      ...(current ? [{ zone: current, label: zonePlace(current) }] : []),
    ]),
  ]
  return groups.filter(({ choices }) => choices.length > 0)
}
