import { useEffect, useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react'
import { contentOverflow } from '../lib/content-overflow'
import { isLayoutFrame, readLayoutInNextFrame } from '../lib/layout-frame'

/** Marks a list's "+N more" item: it is not one of the items counted. */
export const moreItemAttribute = 'data-more'

/**
 * `labelWidth`: the width the label before the list was narrowed to, so a lone item is whole.
 * `tight`: the lone item is shown in its short form (`data-tight` on it), for want of room.
 */
type Fit = { key: string; count: number | null; labelWidth?: number; tight?: boolean }

/** How many items fit on the line (null: all, unmeasured), and whether the last one is tight. */
export type LineFit = { count: number | null; tight: boolean }

/** An item shortened to less than this says too little to be worth its place. */
const minShortenedWidth = 48

/** A label shortened to less than this says too little: the lone item is shortened instead. */
const minLabelWidth = 96

/** Content past the box by more than this counts as cut: less is rounding, not an ellipsis. */
const cutTolerance = 0.02

const overflows = (element: HTMLElement) => contentOverflow(element) > cutTolerance

/** An item cut short: its own box, or the one element it holds (a button that truncates). */
const isCut = (item: HTMLElement) => cutBy(item) > cutTolerance

/** How far an item is cut short, in px. */
const cutBy = (item: HTMLElement) => {
  const inner = item.firstElementChild
  const own = contentOverflow(item)
  return inner instanceof HTMLElement ? Math.max(own, contentOverflow(inner)) : own
}

/**
 * How many of a list's items to show on its one line, before its "+N more" item (marked
 * `data-more`). Measured in layout effects, so the painted frame already shows the result:
 * 1. with `count` null the list wraps, every item in place: the items on its first line are
 *    counted (at least one);
 * 2. with `count` set the list keeps to one line, the rest hidden, the last item shown allowed to
 *    shrink: one fewer while the line overflows or that item is cut. A lone item cut short is made
 *    whole by shortening the label before the list (the element before it, when it truncates with
 *    an ellipsis) if the label keeps `minLabelWidth`: "S&P 500 −1.09%" matters more than the
 *    whole of "Since Stockholm round began". Otherwise the lone item takes its short form, if it
 *    has one (`tight`), then may be cut, down to `minShortenedWidth`, before the line shows only
 *    "+N more".
 * Measured again from step 1 when the items' text or the width of the list's parent changes. Once
 * the line fits, nothing is read from the layout until one of them does: a render of the page
 * around it (a filter clicked) does not force a layout in the middle of its commit. Measuring
 * waits for the start of the next frame (layout-frame.ts), where the list renders again before
 * the frame paints.
 * Count null when not `enabled`, or where nothing is laid out (a test DOM): every item is shown.
 */
export function useOneLineFit(list: RefObject<HTMLElement | null>, enabled: boolean): LineFit {
  const [fit, setFit] = useState<Fit | null>(null)
  const [resized, setResized] = useState(0)
  const [, renderInFrame] = useReducer((n: number) => n + 1, 0)
  // What the line was last checked to fit with: the resize count and the text of the list's box (its
  // items and any label beside them, which takes its share of the width).
  const fitted = useRef<string | null>(null)

  const labelWidth = enabled ? fit?.labelWidth : undefined
  useLayoutEffect(() => {
    const label = list.current?.previousElementSibling
    if (!(label instanceof HTMLElement) || labelWidth === undefined) return
    label.style.setProperty('max-width', `${labelWidth}px`)
    return () => {
      label.style.removeProperty('max-width')
    }
  }, [list, labelWidth])

  // After every render: the items' text is read from the page, not from props.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const element = list.current
    if (!enabled || !element) {
      if (fit !== null) setFit(null)
      return
    }
    const children = [...element.children] as HTMLElement[]
    const items = children.filter((child) => !child.hasAttribute(moreItemAttribute))
    const checked = `${resized}|${element.parentElement?.textContent}`
    if (fitted.current === checked) return
    fitted.current = null
    if (!isLayoutFrame()) {
      readLayoutInNextFrame(renderInFrame)
      return
    }
    const texts = items.map((item) => item.textContent).join('\u0000')
    // The width of the box around the list: the list's own changes with what it shows.
    const key = `${element.parentElement?.clientWidth}|${texts}`
    const counting = fit === null || fit.count === null
    if (!counting && fit.key !== key) {
      setFit({ key, count: null })
      return
    }
    const first = items[0]
    if (!first || first.offsetHeight === 0) return
    if (counting) {
      const lineEnd = first.offsetTop + first.offsetHeight / 2
      const wrapped = items.findIndex((item) => item.offsetTop >= lineEnd)
      setFit({ key, count: Math.max(1, wrapped === -1 ? items.length : wrapped) })
      return
    }
    const count = fit.count ?? 0
    const last = items[count - 1]
    if (!last) return
    if (count === 1 && fit.labelWidth === undefined && isCut(last)) {
      const label = element.previousElementSibling
      const narrowed =
        label instanceof HTMLElement && getComputedStyle(label).textOverflow === 'ellipsis'
          ? // Widths are read rounded: 2 px more, so no fraction of a pixel is left cut.
            label.clientWidth - Math.ceil(cutBy(last)) - 2
          : 0
      if (narrowed >= minLabelWidth) {
        setFit({ ...fit, labelWidth: narrowed })
        return
      }
    }
    if (count === 1 && !fit.tight && isCut(last)) {
      setFit({ ...fit, tight: true })
      return
    }
    const fewer =
      overflows(element) || (count > 1 ? isCut(last) : last.clientWidth < minShortenedWidth)
    if (fewer) setFit({ key, count: count - 1 })
    else fitted.current = checked
  })

  useEffect(() => {
    const box = list.current?.parentElement
    if (!enabled || !box || typeof ResizeObserver !== 'function') return
    // Its first report (on observing) is the width the line is fitted to: nothing read here.
    let width: number | null = null
    const observer = new ResizeObserver(() => {
      const before = width
      width = box.clientWidth
      if (before !== null && before !== width) setResized((n) => n + 1)
    })
    observer.observe(box)
    return () => observer.disconnect()
  }, [list, enabled])

  return enabled && fit !== null
    ? { count: fit.count, tight: fit.tight === true }
    : { count: null, tight: false }
}
