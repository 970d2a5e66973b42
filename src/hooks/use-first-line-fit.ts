import { useEffect, useLayoutEffect, useState, type RefObject } from 'react'

/** Marks the list's "+N more" item: it is not counted, but it must fit on the first line too. */
export const moreItemAttribute = 'data-more'

type Fit = { key: string; count: number | null }

function onFirstLine(item: HTMLElement, lineTop: number, lineHeight: number) {
  return item.offsetTop < lineTop + lineHeight / 2
}

/**
 * How many of a wrapping list's items fit on its first line, with its "+N more" item (marked
 * `data-more`) after them. Measured in layout effects, so the frame painted already shows the fit:
 * all items are laid out first, then those on the first line are counted, then one fewer while the
 * "+N more" item wraps. Measured again when the items' text or the list's width changes.
 * null when not `enabled`: every item is shown.
 */
export function useFirstLineFit(
  list: RefObject<HTMLElement | null>,
  enabled: boolean,
): number | null {
  const [fit, setFit] = useState<Fit | null>(null)
  const [, setResized] = useState(0)

  // After every render: the items' text is read from the page, not from props.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const element = list.current
    if (!enabled || !element) {
      if (fit !== null) setFit(null)
      return
    }
    const children = [...element.children] as HTMLElement[]
    const more = children.find((child) => child.hasAttribute(moreItemAttribute))
    const items = children.filter((child) => child !== more)
    const key = `${element.clientWidth}|${items.map((item) => item.textContent).join('\u0000')}`
    const inPlace = fit === null || fit.count === null
    if (!inPlace && fit.key !== key) {
      // New text or width: every item back in place first, then counted again.
      setFit({ key, count: null })
      return
    }
    const lineHeight = items[0]?.offsetHeight ?? 0
    if (lineHeight === 0) return // not laid out (hidden, or a test DOM): every item shown
    const lineTop = Math.min(...children.map((child) => child.offsetTop))
    const fits = (item: HTMLElement) => onFirstLine(item, lineTop, lineHeight)
    if (inPlace) {
      const wrapped = items.findIndex((item) => !fits(item))
      setFit({ key, count: wrapped === -1 ? items.length : wrapped })
    } else if (more && fit.count && !fits(more)) {
      setFit({ key, count: fit.count - 1 })
    }
  })

  useEffect(() => {
    const element = list.current
    if (!enabled || !element || typeof ResizeObserver !== 'function') return
    let width = element.clientWidth
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return
      width = element.clientWidth
      setResized((n) => n + 1)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [list, enabled])

  return enabled && fit !== null && fit.count !== null ? fit.count : null
}
