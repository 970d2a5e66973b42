import type { RefObject } from 'react'
import { filterLabels, type FilterKey } from '../../feed/filter-labels'
import type { Party, Person, Round, Session, Topic } from '../../feed/schemas/types'
import { sameControlNearby, useFocusAfterRemoval } from '../../hooks/use-focus-after-removal'
import type { QuoteFilters, SortOrder } from './quote-rows'

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

/** Each filter in force, by name (see filterLabels). */
export function activeFilterChips({
  filters,
  sort,
  zone,
  parties,
  speakers,
  topics,
  sessions,
  rounds,
}: FilterContext): { key: FilterKey; label: string }[] {
  return filterLabels(
    { ...filters, sort },
    { parties, people: speakers, topics, sessions, rounds },
    zone,
  )
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
