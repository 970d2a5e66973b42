import type { Ref } from 'react'

type Props = {
  inputRef: Ref<HTMLInputElement>
  draft: string
  onDraftChange: (value: string) => void
  /** A narrow wall: the short hint, whose end (the key) would otherwise be cut off. */
  narrow: boolean
}

/** The quote wall's search box: "/" focuses it (aria-keyshortcuts), Escape empties it. */
export function QuoteSearchInput({ inputRef, draft, onDraftChange, narrow }: Props) {
  return (
    <input
      ref={inputRef}
      type="search"
      aria-label="Search quotes"
      aria-keyshortcuts="/"
      placeholder={narrow ? 'Search quotes   ( / )' : 'Search text, speaker, setting   ( / )'}
      className="w-full rounded border border-line bg-surface px-2 py-1 text-sm text-ink"
      value={draft}
      onChange={(event) => onDraftChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && draft) {
          event.preventDefault()
          onDraftChange('')
        }
      }}
    />
  )
}
