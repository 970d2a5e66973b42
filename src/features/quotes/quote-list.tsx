import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useKeptPlace } from '../../hooks/use-kept-place'
import { printedRange, usePrinting } from '../../hooks/use-printing'
import { PrintedRowsNote, printRow } from '../../components/printed-rows-note'
import {
  initialScrollerRect,
  measureRow,
  observeScrollerRect,
  scrollScroller,
} from '../../lib/virtual-list-layout'
import { findRowsByKey } from '../../lib/rows-found-by-key'
import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { isFollowedBy, type Follows } from '../../hooks/use-follows'
import { useBenchRenderCount } from '../../hooks/bench-hooks'
import { QuoteCard } from './quote-card'
import { useQuoteListFocus } from './use-quote-list-focus'
import type { QuoteRow } from './quote-rows'
import type { Density } from '../../hooks/url-params'

type QuoteListProps = {
  rows: readonly QuoteRow[]
  zone: string
  terms: readonly string[]
  /** Changes whenever the filters or the sort change: the list goes back to the top. */
  viewKey: string
  /** ?quote=: scrolled to, focused and marked. */
  linkedQuoteId: string | null
  copiedId: string | null
  linkFor: (id: string) => string
  onCopy: (row: QuoteRow) => void
  onOpenLink: (row: QuoteRow) => void
  /** Quotes that arrived since the user last looked (badged "New"). */
  newIds: ReadonlySet<string>
  follows: Follows
  onToggleFollow: (personId: string) => void
  /** Embedded and sized by the host: a fixed height cap instead of one from the viewport. */
  autoHeight?: boolean
  /** Compact: one-line rows that open to the whole card on focus. */
  density?: Density
}

const estimateSize = () => 150

/** The indexes to draw, with `index` among them (in order) when the list has it. */
function withRow(indexes: number[], index: number, count: number): number[] {
  if (index >= count || indexes.includes(index)) return indexes
  return [...indexes, index].sort((a, b) => a - b)
}

/**
 * The quotes as a virtualized list: only the rows in view (and a few either side) are in the DOM,
 * whatever the length of the feed. One row holds the roving focus: arrow keys, Home and End move
 * it, "c" copies the focused quote.
 */
export const QuoteList = memo(function QuoteList({
  rows,
  zone,
  terms,
  viewKey,
  linkedQuoteId,
  copiedId,
  linkFor,
  onCopy,
  onOpenLink,
  newIds,
  follows,
  onToggleFollow,
  autoHeight = false,
  density = 'comfortable',
}: QuoteListProps) {
  const compact = density === 'compact'
  useBenchRenderCount('quotes.list')
  const scrollRef = useRef<HTMLDivElement>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const getItemKey = useCallback((i: number) => rows[i]?.quote.id ?? i, [rows])
  const printing = usePrinting()
  const activeIndex =
    activeId === null
      ? 0
      : Math.max(
          0,
          rows.findIndex((row) => row.quote.id === activeId),
        )
  // The row holding the roving focus stays in the DOM wherever the list is scrolled: focus is not
  // dropped to the page when rows are measured after a jump (End, a linked quote), and Tab reaches
  // it after a scroll with the wheel.
  const rangeExtractor = useCallback(
    (range: Range) =>
      printing
        ? printedRange(range)
        : withRow(defaultRangeExtractor(range), activeIndex, range.count),
    [printing, activeIndex],
  )
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    observeElementRect: observeScrollerRect,
    measureElement: measureRow,
    scrollToFn: scrollScroller,
    initialRect: initialScrollerRect(0.7),
    overscan: 2,
    getItemKey,
    rangeExtractor,
  })
  findRowsByKey(virtualizer)
  useKeptPlace(virtualizer, rows, viewKey)

  // Back to the top when the question changes. Not when it is there already: the scroll would read
  // the layout in the middle of the click (about 5 ms on a long feed's dashboard).
  useEffect(() => {
    if ((virtualizer.scrollOffset ?? 0) !== 0) virtualizer.scrollToOffset(0)
  }, [viewKey, virtualizer])

  const onKeyDown = useQuoteListFocus({
    rows,
    virtualizer,
    scrollRef,
    linkedQuoteId,
    setActiveId,
    onCopy,
  })

  const items = virtualizer.getVirtualItems()
  return (
    // Keys and focus of the quotes inside (roving focus) are handled here, once for the list.
    <div
      ref={scrollRef}
      role="presentation"
      className={`${autoHeight ? 'max-h-[40rem]' : 'max-h-[70vh]'} min-h-0 overflow-y-auto overscroll-contain p-1 print:max-h-none print:overflow-visible`}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const target = event.target instanceof HTMLElement ? event.target : null
        const id = target?.closest<HTMLElement>('[data-quote-id]')?.dataset.quoteId
        if (id && id !== activeId) setActiveId(id)
      }}
    >
      <PrintedRowsNote count={rows.length} noun="quotes" place="start" />
      <ul
        aria-label="Quotes"
        className="relative m-0 list-none p-0 print:!h-auto"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index]
          if (!row) return null
          const id = row.quote.id
          const active = item.index === activeIndex
          // Layout containment: rows swapped by a keystroke are laid out on their own.
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-key={String(item.key)}
              data-quote-id={id}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              aria-labelledby={`quote-${id}-speaker`}
              aria-current={id === linkedQuoteId ? 'true' : undefined}
              tabIndex={active ? 0 : -1}
              className={`absolute top-0 left-0 w-full scroll-my-1 [contain:layout_style] ${printRow} ${compact ? 'pb-1' : 'pb-2'}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <QuoteCard
                row={row}
                zone={zone}
                terms={terms}
                href={linkFor(id)}
                copied={copiedId === id}
                active={active}
                onCopy={onCopy}
                onOpenLink={onOpenLink}
                isNew={newIds.has(id)}
                followed={isFollowedBy(follows, row.quote)}
                speakerFollowed={follows.people.has(row.quote.personId)}
                onToggleFollow={onToggleFollow}
                compact={compact}
                className={`rounded border ${compact ? 'px-2 py-1' : 'p-2'} ${id === linkedQuoteId ? 'border-accent bg-raised ring-2 ring-accent' : 'border-line'}`}
              />
            </li>
          )
        })}
      </ul>
      <PrintedRowsNote count={rows.length} noun="quotes" place="end" />
    </div>
  )
})
