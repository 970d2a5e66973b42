import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react'
import { pageTarget } from './page-target'

/**
 * Roving tabindex over a list of entries: one Tab stop for the whole list, ArrowUp/ArrowDown (and
 * Home/End) move between entries, PageUp/PageDown between sections (`isSection`: the entries that
 * head one; see pageTarget), ArrowLeft/ArrowRight between the controls inside an entry.
 * Mark each entry with `data-roving-id`, its main control with `data-roving-head` and every control
 * (the head included) with `data-roving-control`.
 *
 * In a virtualized list the entry moved to may not be in the document yet: it becomes the current
 * entry (which the list keeps rendered, see `currentId`) and takes focus once it is there.
 */
export function useRovingFocus<T extends HTMLElement>(
  ids: readonly string[],
  preferredId: string | null,
  isSection: (id: string) => boolean = () => false,
) {
  const containerRef = useRef<T | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const current =
    activeId !== null && ids.includes(activeId)
      ? activeId
      : preferredId !== null && ids.includes(preferredId)
        ? preferredId
        : (ids[0] ?? null)

  const pendingFocus = useRef<string | null>(null)
  const headOf = (id: string) =>
    [...(containerRef.current?.querySelectorAll<HTMLElement>('[data-roving-id]') ?? [])]
      .find((el) => el.dataset.rovingId === id)
      ?.querySelector<HTMLElement>('[data-roving-head]') ?? null

  const focusEntry = useCallback((id: string) => {
    const head = headOf(id)
    pendingFocus.current = head ? null : id
    head?.focus()
    setActiveId(id)
  }, [])

  // The focused entry gone from the list (a "Show more" button once everything is shown): the
  // entry now in its place takes the focus, which would otherwise fall to <body>.
  const activeIndex = useRef(-1)
  useLayoutEffect(() => {
    if (activeId === null) return
    const index = ids.indexOf(activeId)
    if (index !== -1) {
      activeIndex.current = index
      return
    }
    const focused = document.activeElement
    const lost = !focused || focused === document.body || !focused.isConnected
    const successor = ids[Math.min(activeIndex.current, ids.length - 1)]
    if (lost && successor !== undefined && activeIndex.current !== -1) focusEntry(successor)
  }, [ids, activeId, focusEntry])

  // An entry moved to before it was rendered: focused as soon as it is.
  useLayoutEffect(() => {
    const id = pendingFocus.current
    if (id === null) return
    const head = headOf(id)
    if (!head) return
    pendingFocus.current = null
    head.focus()
  })

  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      if (!(event.target instanceof HTMLElement)) return
      const entry = event.target.closest<HTMLElement>('[data-roving-id]')
      const id = entry?.dataset.rovingId
      if (!entry || id === undefined) return
      const index = ids.indexOf(id)
      const target =
        event.key === 'ArrowDown'
          ? ids[index + 1]
          : event.key === 'ArrowUp'
            ? ids[index - 1]
            : event.key === 'Home'
              ? ids[0]
              : event.key === 'End'
                ? ids.at(-1)
                : event.key === 'PageDown' || event.key === 'PageUp'
                  ? pageTarget(ids, index, event.key === 'PageDown' ? 1 : -1, isSection)
                  : undefined
      if (target !== undefined) {
        event.preventDefault()
        focusEntry(target)
        return
      }
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        const controls = [...entry.querySelectorAll<HTMLElement>('[data-roving-control]')]
        const at = controls.indexOf(event.target)
        const next = controls[at + (event.key === 'ArrowRight' ? 1 : -1)]
        if (at !== -1 && next) {
          event.preventDefault()
          next.focus()
        }
      }
    },
    [ids, focusEntry, isSection],
  )

  const onFocus = useCallback((event: FocusEvent<T>) => {
    const id = event.target.closest<HTMLElement>('[data-roving-id]')?.dataset.rovingId
    if (id !== undefined) setActiveId(id)
  }, [])

  /** tabIndex for an entry's head: 0 for the current entry, -1 for the rest. */
  const tabIndexFor = (id: string) => (id === current ? 0 : -1)

  /** The entry holding the Tab stop: a virtualized list keeps it rendered wherever it scrolls. */
  return {
    containerRef,
    containerProps: { onKeyDown, onFocus },
    tabIndexFor,
    currentId: current,
    focusEntry,
  }
}
