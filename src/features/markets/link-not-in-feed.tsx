import { useFeed } from '../../hooks/use-feed'

type Props = {
  /** The round the link's window names, which the feed's rounds do not hold (null: none). */
  round: string | null
  /** Some of the feed's rounds could not be read: the linked one may be among them. */
  unreadableRounds: boolean
  /** The window shown instead, as the select names it ("The whole feed"). */
  windowShown: string | null
  /** The instruments the link names that the feed's markets do not list. */
  instruments: readonly string[]
  /** Some of the feed's instruments could not be read. */
  unreadableInstruments: boolean
  /** None of the link's instruments is in the feed, so all are shown. */
  allShown: boolean
}

/** How many ids are named before "and 3 more": the note stays one short line. */
const namedIds = 3

function idList(ids: readonly string[]): string {
  const named = ids.slice(0, namedIds).map((id) => `“${id}”`)
  const more = ids.length - named.length
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ')
}

/**
 * Said above the charts when a shared link asks for a window or instruments that the feed does not
 * have, so a reader does not take the default shown instead for what the link named. Rendered with
 * the content (the documents that decide it read), never calling a thing absent while some of
 * those records could not be read.
 */
export function LinkNotInFeed({
  round,
  unreadableRounds,
  windowShown,
  instruments,
  unreadableInstruments,
  allShown,
}: Props) {
  const { asOf } = useFeed()
  if (round === null && instruments.length === 0) return null
  const roundWhere = unreadableRounds
    ? 'is not among the rounds that could be read'
    : asOf !== null
      ? 'is not among the rounds known at the moment replayed'
      : 'is not in this feed'
  const one = instruments.length === 1
  const instrumentsWhere = unreadableInstruments
    ? `${one ? 'is' : 'are'} not among the instruments that could be read`
    : `${one ? 'is' : 'are'} not in this feed`
  const shown = windowShown?.replace(/^The /, 'the ')
  return (
    <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs break-words">
      {round !== null && (
        <span>
          This link’s window (round “{round}”) {roundWhere}
          {shown ? `: showing ${shown}` : ''}.{' '}
        </span>
      )}
      {instruments.length > 0 && (
        <span>
          This link’s instrument{one ? '' : 's'} {idList(instruments)} {instrumentsWhere}
          {allShown ? ': showing all instruments' : ''}.
        </span>
      )}
    </p>
  )
}
