import type { UnlistedEntry } from './timeline-model'
import { countOf } from '../../lib/format-count'

/** The head of the entries whose round the feed's index does not list: named by their roundId. */
export function UnlistedRoundHead({ entry }: { entry: UnlistedEntry }) {
  const ids = entry.roundIds.map((id) => `“${id}”`).join(', ')
  return (
    <div className="rounded border-b-2 border-line bg-raised px-2 py-1">
      <h3 className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold">
          Round{entry.roundIds.length === 1 ? '' : 's'} {ids}
        </span>
        <span className="text-xs text-muted">
          not in the feed’s index: name, place and dates unknown
        </span>
        <span className="ml-auto text-xs text-muted">{countOf(entry.count, 'item')}</span>
      </h3>
    </div>
  )
}
