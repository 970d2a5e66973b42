import type { ReactNode } from 'react'

type Props = {
  tabIndex: number
  selected: boolean
  onSelect: () => void
  children: ReactNode
}

/**
 * The button heading a session or development: it selects the entry, holds the list's roving
 * focus (data-roving-head), and says "Selected" while selected.
 */
export function EntryHead({ tabIndex, selected, onSelect, children }: Props) {
  return (
    <button
      type="button"
      data-roving-head=""
      data-roving-control=""
      tabIndex={tabIndex}
      aria-pressed={selected}
      onClick={onSelect}
      className="flex w-full flex-wrap items-baseline gap-x-2 text-left"
    >
      {children}
      {selected && <span className="text-xs text-accent">Selected</span>}
    </button>
  )
}

/** An entry's frame colour: selected, matching the chosen topic, or plain. */
export const entryBorder = (selected: boolean, topicMatch: boolean) =>
  selected ? 'border-accent bg-raised' : topicMatch ? 'border-accent/60' : 'border-line'
