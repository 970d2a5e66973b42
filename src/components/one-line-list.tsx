import { useRef, type ReactNode } from 'react'
import { moreItemAttribute, useOneLineFit } from '../hooks/use-one-line-fit'
import { foldList } from '../lib/fold-list'

type Props<T> = {
  /** The list's accessible name. */
  label: string
  items: readonly T[]
  /** Places at most, the last one "+N more" when there are more (see foldList); null: no cap. */
  places: number | null
  /**
   * Keep to one line, as many items as fit and "+N more" for the rest (the briefing: it keeps its
   * height when a long list arrives or the window narrows). Otherwise the items wrap.
   */
  oneLine: boolean
  itemKey: (item: T) => string
  /**
   * An item; a lone item short of room is marked `data-tight`, for its short form
   * (`in-data-tight:` classes).
   */
  renderItem: (item: T) => ReactNode
  /** The last place, opening every item; `hidden` is how many are not shown. */
  renderMore: (hidden: number) => ReactNode
  /** Said after the items and "+N more", always in view (e.g. that all are illustrative). */
  trailing?: ReactNode
}

/**
 * Measuring: every item in place, wrapping. Fitted: one line, the last item shown may shrink. Under
 * 10rem beside what precedes it (a long label on a phone), the list takes a line of its own.
 */
const measuringClass =
  'flex min-w-0 flex-[1_1_10rem] flex-wrap items-baseline gap-x-2 gap-y-2 max-h-4 overflow-clip [overflow-clip-margin:4px]'
const fittedClass = 'flex flex-[1_1_10rem] flex-nowrap items-baseline gap-x-2'

/** A list that folds: the first items, then a "+N more" place that opens the rest. */
export function OneLineList<T>({
  label,
  items,
  places,
  oneLine,
  itemKey,
  renderItem,
  renderMore,
  trailing,
}: Props<T>) {
  const list = useRef<HTMLUListElement>(null)
  const capped = places === null ? items : foldList(items, places).shown
  const { count: fit, tight } = useOneLineFit(list, oneLine)
  const shown = Math.min(fit ?? capped.length, capped.length)
  const hidden = items.length - shown
  return (
    <ul
      ref={list}
      aria-label={label}
      className={
        !oneLine
          ? 'contents'
          : fit === null
            ? measuringClass
            : // Only "+N more" left: it keeps its width, the label before the list gives way.
              `${fittedClass} ${fit === 0 ? 'min-w-fit' : 'min-w-0'}`
      }
    >
      {capped.map((item, index) => (
        <li
          key={itemKey(item)}
          hidden={index >= shown}
          data-tight={tight && index === shown - 1 ? '' : undefined}
          className={`whitespace-nowrap ${fit === null ? '' : index === shown - 1 ? 'min-w-0 truncate' : 'shrink-0'}`}
        >
          {renderItem(item)}
        </li>
      ))}
      {hidden > 0 && (
        <li {...{ [moreItemAttribute]: '' }} className="shrink-0 whitespace-nowrap">
          {renderMore(hidden)}
        </li>
      )}
      {trailing && (
        <li {...{ [moreItemAttribute]: '' }} className="shrink-0 whitespace-nowrap">
          {trailing}
        </li>
      )}
    </ul>
  )
}
