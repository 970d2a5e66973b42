import { quotesBySession } from './session-remarks'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { printedRange, usePrinting } from '../../hooks/use-printing'
import { PrintedRowsNote, printRow } from '../../components/printed-rows-note'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useBenchRenderCount } from '../../hooks/bench-hooks'
import { TimelineEntryView } from './timeline-entry-view'
import type { TimelineListProps } from './timeline-list-props'
import { useOpenAtNow } from './use-open-at-now'
import { useOrderFlip } from './use-order-flip'
import { entryAtNow } from './entry-at-now'
import { entryHolds } from './entry-holds'
import { useKeptPlace } from '../../hooks/use-kept-place'
import { useBackToNow } from './use-back-to-now'
import { nowLineIntoView } from './now-line-into-view'
import { BackToNowButton } from './back-to-now-button'
import { useRovingFocus } from './use-roving-focus'
import { estimateEntrySize, openingOffset } from './virtual-entries'
import {
  initialScrollerRect,
  measureRow,
  observeScrollerRect,
  scrollScroller,
} from '../../lib/virtual-list-layout'
import { findRowsByKey } from '../../lib/rows-found-by-key'

/** Round heads: PageUp/PageDown move between them. */
const isRoundHead = (key: string) => key.startsWith('round:')

/**
 * Sessions, developments and quote markers in time order, with the "now" line. One Tab stop;
 * ArrowUp/ArrowDown move between entries, ArrowLeft/ArrowRight to the topics and quotes inside,
 * Enter selects. Virtualized, in a scroller of its own: only the entries in view (a few either
 * side, and the one holding the Tab stop) are in the document, however long the feed.
 */
export function TimelineList(props: TimelineListProps) {
  useBenchRenderCount('timeline.list')
  const { entries, selection } = props
  const quotesOfSessions = useMemo(
    () => quotesBySession(props.sessions, props.quotes),
    [props.sessions, props.quotes],
  )
  const focusable = entries.filter((entry) => entry.kind !== 'now')
  // The selected entry: a session, a development, or the marker holding the selected quote.
  const selectedIndex = entries.findIndex((entry) => entryHolds(entry, selection.event))
  const openKey = entries[selectedIndex]?.key ?? null
  const nowIndex = entries.findIndex((entry) => entry.kind === 'now')
  // Tab comes into the list where it opened (the selection, else now), not at its oldest entry.
  const { containerRef, containerProps, tabIndexFor, currentId, focusEntry } =
    useRovingFocus<HTMLDivElement>(
      focusable.map((entry) => entry.key),
      openKey ?? entryAtNow(entries, nowIndex)?.key ?? null,
      isRoundHead,
    )
  const scrollRef = useRef<HTMLDivElement | null>(null)
  const setScroller = useCallback(
    (element: HTMLDivElement | null) => {
      scrollRef.current = element
      containerRef.current = element
    },
    [containerRef],
  )
  // The Tab stop stays rendered (and so reachable) wherever the list is scrolled.
  const pinned = entries.findIndex((entry) => entry.key === currentId)
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      return pinned < 0 || indexes.includes(pinned)
        ? indexes
        : [...indexes, pinned].sort((a, b) => a - b)
    },
    [pinned],
  )
  const printing = usePrinting()
  const estimateSize = useCallback((index: number) => estimateEntrySize(entries[index]), [entries])
  const getItemKey = useCallback((index: number) => entries[index]?.key ?? index, [entries])
  const openIndex =
    selectedIndex >= 0 ? selectedIndex : entries.findIndex((entry) => entry.kind === 'now')
  // Nothing here memoizes the virtualizer's results; it is read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    observeElementRect: observeScrollerRect,
    measureElement: measureRow,
    scrollToFn: scrollScroller,
    initialRect: initialScrollerRect(0.7),
    overscan: 4,
    getItemKey,
    rangeExtractor: printing ? printedRange : rangeExtractor,
    // Read once, on the first render: the rows first rendered are those around the entry the
    // list opens at (useOpenAtNow), not the oldest ones, rendered and then scrolled away from.
    initialOffset: () => openingOffset(entries, openIndex),
  })
  findRowsByKey(virtualizer)
  const scrollToIndex = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'center' }),
    [virtualizer],
  )
  useOpenAtNow(scrollRef, openIndex, scrollToIndex, props.settled)
  // A refresh that adds entries above the reader keeps the now line (or the top row) in place; a
  // replay step moves the list itself (below), and the quotes' arrival opens it at now again.
  const view = useMemo(
    () => [props.view, props.replayMoment, props.settled],
    [props.view, props.replayMoment, props.settled],
  )
  useKeptPlace(virtualizer, entries, view, 'now')
  useOrderFlip(virtualizer, entries, props.order, scrollToIndex)
  const backToNow = useBackToNow({
    entries,
    nowIndex,
    inView: virtualizer.range,
    scrollToIndex,
    focusEntry,
    scroller: scrollRef,
  })
  // Replay: the list follows the now line from one replayed moment to the next, and the page
  // brings it above the fold where the list runs below it.
  const followedMoment = useRef(props.replayMoment)
  const followedIndex = useRef(nowIndex)
  useEffect(() => {
    if (props.replayMoment === followedMoment.current) return
    followedMoment.current = props.replayMoment
    if (props.replayMoment === null || nowIndex < 0) return
    // A step that leaves the line between the same entries, still among the rows drawn, leaves
    // the list where the reader has it (and costs no layout).
    const { range } = virtualizer
    const sameEntry = nowIndex === followedIndex.current
    followedIndex.current = nowIndex
    if (sameEntry && range && nowIndex >= range.startIndex && nowIndex <= range.endIndex) return
    virtualizer.scrollToIndex(nowIndex, { align: 'center' })
    return nowLineIntoView(() => scrollRef.current, 'nearest')
  }, [props.replayMoment, nowIndex, virtualizer])
  // A selection made after opening (a link in the briefing, Back, Forward): its entry scrolled into view.
  const firstSelection = useRef(openKey)
  useEffect(() => {
    if (openKey === firstSelection.current) return
    firstSelection.current = openKey
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [openKey, selectedIndex, virtualizer])
  return (
    <div className="relative flex min-h-0 flex-col">
      <BackToNowButton place={backToNow.place} onClick={backToNow.goToNow} />
      <div
        ref={setScroller}
        {...containerProps}
        // No taller than the region shows on a desk screen (header, briefing and band above it), so
        // opening at now never hides the now line behind the region's own scroll; never shorter
        // than 16rem (60vh on a tiny screen), so a small tile of the timeline alone keeps a list.
        className="max-h-[clamp(min(60vh,16rem),calc(100dvh-23rem),70vh)] min-h-0 overflow-y-auto overscroll-contain print:max-h-none print:overflow-visible"
      >
        <PrintedRowsNote count={entries.length} noun="entries" place="start" />
        <ol
          aria-label="Sessions, developments and quotes in time order"
          className="relative m-0 list-none p-0 print:!h-auto"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]
            if (!entry) return null
            return (
              // Clipped across, never scrolled: text cut to one line (a quote run's) runs on unseen
              // past the row, and a screen-reader-only span after it would widen the list.
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-key={String(item.key)}
                data-entry-kind={entry.kind}
                aria-setsize={entries.length}
                aria-posinset={item.index + 1}
                className={`absolute top-0 left-0 w-full overflow-x-clip pb-1.5 ${printRow} ${(entry.kind === 'round' || entry.kind === 'unlisted') && item.index > 0 ? 'pt-2' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <TimelineEntryView
                  entry={entry}
                  list={props}
                  tabIndex={tabIndexFor(entry.key)}
                  quotesBySession={quotesOfSessions}
                />
              </li>
            )
          })}
        </ol>
        <PrintedRowsNote count={entries.length} noun="entries" place="end" />
      </div>
    </div>
  )
}
