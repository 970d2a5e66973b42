import type { QuoteRow } from './quote-rows'
import { inPlace } from '../../lib/plain-click'

type Props = {
  row: QuoteRow
  href: string
  copied: boolean
  /** In the tab order only while the row holds the list's roving focus. */
  active: boolean
  onCopy: (row: QuoteRow) => void
  onOpenLink: (row: QuoteRow) => void
  speakerFollowed: boolean
  onToggleFollow?: (personId: string) => void
}

/** Follow the speaker, copy with attribution, link to the quote (a plain click selects it here). */
export function QuoteCardActions({
  row,
  href,
  copied,
  active,
  onCopy,
  onOpenLink,
  speakerFollowed,
  onToggleFollow,
}: Props) {
  const { person } = row
  return (
    <span className="ml-auto flex items-center gap-1">
      {onToggleFollow && person && (
        <button
          type="button"
          className="btn"
          tabIndex={active ? 0 : -1}
          aria-pressed={speakerFollowed}
          aria-label={`Follow ${person.name}`}
          onClick={() => onToggleFollow(person.id)}
        >
          {speakerFollowed ? '★ Following' : '☆ Follow'}
        </button>
      )}
      <button
        type="button"
        className="btn"
        tabIndex={active ? 0 : -1}
        aria-label={`Copy quote by ${row.speakerName} with attribution`}
        onClick={() => onCopy(row)}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
      <a
        href={href}
        className="btn"
        tabIndex={active ? 0 : -1}
        aria-label={`Link to this quote by ${row.speakerName}`}
        onClick={inPlace(() => onOpenLink(row))}
      >
        Link
      </a>
    </span>
  )
}
