import type { RefObject } from 'react'
import { useFeed } from '../../hooks/use-feed'

type Props = {
  id: string
  /** Some of the feed's quotes could not be read: the linked one may be among them. */
  unreadable: boolean
  onClear: () => void
  /** Takes the focus when Clear goes with the note (the search box), so it is not lost to the page. */
  focusAfter: RefObject<HTMLElement | null>
}

/**
 * Said when the quote a link names is not on the wall at all (the feed no longer has it, or a
 * replay's moment came before it), never calling it absent while some quotes could not be read.
 */
export function LinkedQuoteMissing({ id, unreadable, onClear, focusAfter }: Props) {
  const { asOf } = useFeed()
  const where = unreadable
    ? 'is not among the quotes that could be read'
    : asOf !== null
      ? 'is not among the quotes known at the moment replayed'
      : 'is not in the feed'
  return (
    <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
      The linked quote “{id}” {where}.{' '}
      <button
        type="button"
        className="btn"
        onClick={() => {
          onClear()
          focusAfter.current?.focus()
        }}
        aria-label="Clear the link to the quote"
      >
        Clear
      </button>
    </p>
  )
}
