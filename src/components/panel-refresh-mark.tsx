import { useId, useState } from 'react'
import { useRefreshFailedWords, type RefreshFailure } from './refresh-failed-words'
import { retryWords, type RetryingQuery } from './retry-note'

type Props = {
  /** The refresh that failed while the panel's data stays on screen; null when none did. */
  failure: RefreshFailure | null
  /** A query being retried while its earlier data stays on screen (before it fails for good). */
  retrying?: RetryingQuery | undefined
  /** The panel's name, said to a screen reader with the news ("Quote wall: refresh failed…"). */
  panel: string
}

/**
 * A panel's "refresh failed" mark, in its header line: it stays in view while the panel scrolls,
 * and its coming and going moves none of the panel's content. It takes the line's free room only,
 * its words as short as that room asks ("⚠ Refresh failed · 09:12:05 BST", "⚠"), never a new line;
 * the whole in its tooltip and a click away. While the refresh is still being retried it says so
 * ("↻ Retrying"). Always rendered: its live region is on the page before the news, so a screen
 * reader is told once when the refresh fails, not at each poll (the words hold still while the
 * failure lasts).
 */
export function PanelRefreshMark({ failure, retrying, panel }: Props) {
  const words = useRefreshFailedWords(failure)
  return (
    <>
      <span role="status" className="sr-only">
        {words ? `${panel}: refresh failed; showing data from ${words.since}.` : ''}
      </span>
      {words ? (
        <HeaderChip sign="⚠" label="Refresh failed" since={words.since} whole={words.whole} />
      ) : retrying ? (
        <HeaderChip sign="↻" label="Retrying" since={null} whole={retryWords(retrying)} />
      ) : null}
    </>
  )
}

type ChipProps = { sign: string; label: string; since: string | null; whole: string }

/** The visible mark; its details open under the header, over the content, moving nothing. */
function HeaderChip({ sign, label, since, whole }: ChipProps) {
  const [open, setOpen] = useState(false)
  const detailsId = useId()
  return (
    // Its room is what the line has left (basis 0, no minimum): it never wraps the header onto a
    // second line. With less room than the sign, the actions after it paint over the rest. The
    // button is a 24 px target that takes 20 px of the line (a title alone is 20 px high).
    <div className="@container/mark flex min-w-0 grow basis-0 items-center" data-refresh-mark>
      <button
        type="button"
        className="-my-0.5 flex min-h-6 max-w-full min-w-6 shrink-0 items-center justify-center gap-1 rounded border border-warn bg-surface px-1 py-px text-xs leading-4 font-semibold whitespace-nowrap text-warn"
        title={whole}
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation()
            setOpen(false)
          }
        }}
      >
        {/* As many of the words as the room holds. */}
        <span className="sr-only">{whole}</span>
        <span aria-hidden="true">{sign}</span>
        <span aria-hidden="true" className="hidden truncate @[8.5rem]/mark:block">
          {label}
        </span>
        {since !== null && (
          <span aria-hidden="true" className="hidden truncate @[15rem]/mark:block">
            · <span className="@[23.5rem]/mark:hidden">{since}</span>
            <span className="hidden @[23.5rem]/mark:inline">showing data from {since}</span>
          </span>
        )}
      </button>
      {open && (
        <p
          id={detailsId}
          className="absolute top-full right-2 left-2 z-20 mt-1 rounded border border-warn bg-raised px-2 py-1 text-xs shadow-sm"
        >
          <span aria-hidden="true">{sign} </span>
          {whole}
        </p>
      )}
    </div>
  )
}
