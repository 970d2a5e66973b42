import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react'
import type { Virtualizer } from '@tanstack/react-virtual'
import { focusWhenShown } from './focus-when-shown'
import type { QuoteRow } from './quote-rows'

/** Quotes PageUp and PageDown move (moveTo stops at either end). */
const quotesAPage = 10

type Input = {
  rows: readonly QuoteRow[]
  virtualizer: Virtualizer<HTMLDivElement, Element>
  scrollRef: RefObject<HTMLDivElement | null>
  /** ?quote=: scrolled to and focused once it is in the list. */
  linkedQuoteId: string | null
  /** Moves the roving focus's row (the one with tabIndex 0). */
  setActiveId: (id: string) => void
  onCopy: (row: QuoteRow) => void
}

/**
 * The quote list's focus: a linked quote scrolled to and focused, and the keys of the roving focus
 * (arrows, PageUp/PageDown, Home, End; "c" copies the focused quote). Returns the list's keydown
 * handler.
 */
export function useQuoteListFocus({
  rows,
  virtualizer,
  scrollRef,
  linkedQuoteId,
  setActiveId,
  onCopy,
}: Input) {
  const pendingFocus = useRef<{ id: string; scroll: boolean } | null>(null)
  // Opened on a quote (?quote=): scroll to it and focus it, once it is in the list.
  const linkedIndex = linkedQuoteId ? rows.findIndex((row) => row.quote.id === linkedQuoteId) : -1
  useEffect(() => {
    if (linkedIndex < 0 || !linkedQuoteId) return
    setActiveId(linkedQuoteId)
    pendingFocus.current = { id: linkedQuoteId, scroll: true }
    virtualizer.scrollToIndex(linkedIndex, { align: 'start' })
  }, [linkedQuoteId, linkedIndex, virtualizer, setActiveId])

  // Focus follows the active row once the virtualizer has rendered it; a linked row on a page still
  // hidden (a phone's, until it has settled) takes it once shown.
  const stopWaitingToFocus = useRef(() => {})
  useEffect(() => () => stopWaitingToFocus.current(), [])
  useLayoutEffect(() => {
    const pending = pendingFocus.current
    if (!pending || !scrollRef.current) return
    const element = scrollRef.current.querySelector<HTMLElement>(
      `[data-quote-id="${CSS.escape(pending.id)}"]`,
    )
    if (!element) return
    pendingFocus.current = null
    stopWaitingToFocus.current()
    if (pending.scroll) stopWaitingToFocus.current = focusWhenShown(element)
    // Scrolled as focus scrolls: the list's own scroller has the row in view already, but the
    // region (on the desk) or the page (on a phone) may hide the part of the list it is in.
    else element.focus()
  })

  // Rows measured after a jump (taller than estimated) push the row moved to down after the list
  // has scrolled to it, out of view at the list's foot: brought back into view, as the focus
  // would, until the viewer scrolls or points themselves.
  const keptInView = useRef<string | null>(null)
  useEffect(() => {
    const stop = () => (keptInView.current = null)
    const inputs = ['wheel', 'touchstart', 'pointerdown'] as const
    for (const input of inputs)
      window.addEventListener(input, stop, { capture: true, passive: true })
    return () =>
      inputs.forEach((input) => window.removeEventListener(input, stop, { capture: true }))
  }, [])
  useLayoutEffect(() => {
    const focused = document.activeElement
    if (!(focused instanceof HTMLElement) || focused.dataset.quoteId !== keptInView.current) return
    focused.scrollIntoView?.({ block: 'nearest' })
  })

  const moveTo = (index: number) => {
    const row = rows[Math.min(rows.length - 1, Math.max(0, index))]
    if (!row) return
    setActiveId(row.quote.id)
    pendingFocus.current = { id: row.quote.id, scroll: false }
    keptInView.current = row.quote.id
    virtualizer.scrollToIndex(rows.indexOf(row), { align: 'auto' })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const target = event.target instanceof HTMLElement ? event.target : null
    const rowElement = target?.closest<HTMLElement>('[data-quote-id]')
    if (!rowElement) return
    const index = rows.findIndex((row) => row.quote.id === rowElement.dataset.quoteId)
    if (index < 0) return
    const keys: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + quotesAPage,
      PageUp: index - quotesAPage,
      Home: 0,
      End: rows.length - 1,
    }
    const next = keys[event.key]
    if (next !== undefined) {
      event.preventDefault()
      moveTo(next)
    } else if (event.key === 'c' || event.key === 'C') {
      const row = rows[index]
      if (!row || event.shiftKey) return
      event.preventDefault()
      onCopy(row)
    }
  }

  return onKeyDown
}
