import { useRef, type ReactNode } from 'react'
import { moreItemAttribute, useFirstLineFit } from '../hooks/use-first-line-fit'
import { foldList } from '../lib/fold-list'

type Props<T> = {
  /** The list's accessible name. */
  label: string
  items: readonly T[]
  /** Places at most, the last one "+N more" when there are more (see foldList); null: no cap. */
  places: number | null
  /**
   * Keep to one line, as many items as fit and "+N more" for the rest (a desk's briefing: it keeps
   * its height when a long list arrives or the window narrows). Otherwise the items wrap.
   */
  oneLine: boolean
  itemKey: (item: T) => string
  renderItem: (item: T) => ReactNode
  /** The last place, opening every item; `hidden` is how many are not shown. */
  renderMore: (hidden: number) => ReactNode
}

const oneLineClass =
  'flex min-w-0 flex-1 flex-wrap items-baseline gap-x-2 gap-y-2 max-h-4 overflow-clip [overflow-clip-margin:4px]'

/**
 * A list that folds: the first items, then a "+N more" place for the rest. Items wrapped out of
 * the one line stay laid out (they are measured) but unseen, after the "+N more".
 */
export function OneLineList<T>({
  label,
  items,
  places,
  oneLine,
  itemKey,
  renderItem,
  renderMore,
}: Props<T>) {
  const list = useRef<HTMLUListElement>(null)
  const capped = places === null ? items : foldList(items, places).shown
  const fit = useFirstLineFit(list, oneLine)
  const shown = Math.min(fit ?? capped.length, capped.length)
  const hidden = items.length - shown
  return (
    <ul ref={list} aria-label={label} className={oneLine ? oneLineClass : 'contents'}>
      {capped.map((item, index) => (
        <li
          key={itemKey(item)}
          className={`whitespace-nowrap ${oneLine ? 'max-w-full truncate' : ''} ${index < shown ? '' : 'invisible order-2'}`}
        >
          {renderItem(item)}
        </li>
      ))}
      {hidden > 0 && (
        <li
          {...{ [moreItemAttribute]: '' }}
          className={`whitespace-nowrap ${oneLine ? 'order-1' : ''}`}
        >
          {renderMore(hidden)}
        </li>
      )}
    </ul>
  )
}
