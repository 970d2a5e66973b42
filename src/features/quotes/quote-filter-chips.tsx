import type { RefObject } from 'react'
import { sessionLabel } from '../../feed/session-label'
import type { Party, Person, Round, Session, Topic } from '../../feed/schemas/types'
import { formatDateTime } from '../../lib/format-time'
import { sameControlNearby, useFocusAfterRemoval } from '../../hooks/use-focus-after-removal'
import type { QuoteFilters, SortOrder } from './quote-rows'

type FilterKey =
  'side' | 'speaker' | 'tone' | 'topic' | 'round' | 'session' | 'from' | 'to' | 'sort'

/** The filters in force and what names them: shared by the filter bar and its chips. */
export type FilterContext = {
  filters: Omit<QuoteFilters, 'query'>
  sort: SortOrder
  zone: string
  parties: readonly Party[]
  speakers: readonly Person[]
  topics: readonly Topic[]
  sessions: readonly Session[]
  rounds: readonly Round[]
}

type Props = FilterContext & {
  onRemove: (key: FilterKey) => void
  /** Takes the focus when the last chip is removed (the Filters button). */
  focusWhenNone?: RefObject<HTMLElement | null>
}

/** "Side: US", "Topic: Rare earths"...: each filter in force, by name, the feed's id where it has none. */
export function activeFilterChips({
  filters,
  sort,
  zone,
  parties,
  speakers,
  topics,
  sessions,
  rounds,
}: Omit<Props, 'onRemove' | 'focusWhenNone'>): { key: FilterKey; label: string }[] {
  const chips: { key: FilterKey; label: string }[] = []
  const named = <T extends { id: string }>(
    list: readonly T[],
    id: string,
    name: (item: T) => string,
  ) => {
    const item = list.find((entry) => entry.id === id)
    return item ? name(item) : id
  }
  if (filters.side)
    chips.push({
      key: 'side',
      label: `Side: ${named(parties, filters.side, (p) => (p.kind === 'observers' ? p.name : p.shortName))}`,
    })
  if (filters.speaker)
    chips.push({
      key: 'speaker',
      label: `Speaker: ${named(speakers, filters.speaker, (p) => p.name)}`,
    })
  if (filters.topic)
    chips.push({ key: 'topic', label: `Topic: ${named(topics, filters.topic, (t) => t.label)}` })
  if (filters.tone) chips.push({ key: 'tone', label: `Tone: ${filters.tone}` })
  if (filters.round)
    chips.push({ key: 'round', label: `Round: ${named(rounds, filters.round, (r) => r.name)}` })
  if (filters.session)
    chips.push({
      key: 'session',
      label: `Session: ${named(sessions, filters.session, (s) => sessionLabel(s, rounds))}`,
    })
  if (filters.from !== null)
    chips.push({ key: 'from', label: `From ${formatDateTime(filters.from, zone)}` })
  if (filters.to !== null)
    chips.push({ key: 'to', label: `To ${formatDateTime(filters.to, zone)}` })
  if (sort === 'oldest') chips.push({ key: 'sort', label: 'Oldest first' })
  return chips
}

/** Compact density: the filters in force as one row of chips, each removable. */
export function QuoteFilterChips(props: Props) {
  const chips = activeFilterChips(props)
  // A removed chip takes its button with it: the focus goes to the next chip (or the one before).
  const handOn = useFocusAfterRemoval(props.focusWhenNone)
  if (chips.length === 0) return <span className="text-xs text-muted">No filters</span>
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-1">
      {chips.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            className="btn rounded-full px-2 text-xs"
            aria-label={`Remove filter ${chip.label}`}
            onClick={(event) => {
              handOn(sameControlNearby(event.currentTarget, 'button'))
              props.onRemove(chip.key)
            }}
          >
            {chip.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
