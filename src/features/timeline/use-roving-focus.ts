import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'

/**
 * Roving tabindex over a list of entries: one Tab stop for the whole list, ArrowUp/ArrowDown (and
 * Home/End) move between entries, ArrowLeft/ArrowRight between the controls inside an entry.
 * Mark each entry with `data-roving-id`, its main control with `data-roving-head` and every control
 * (the head included) with `data-roving-control`.
 */
export function useRovingFocus<T extends HTMLElement>(ids: readonly string[], preferredId: string | null) {
  const containerRef = useRef<T | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const current =
    activeId !== null && ids.includes(activeId)
      ? activeId
      : preferredId !== null && ids.includes(preferredId)
        ? preferredId
        : (ids[0] ?? null)

  const focusEntry = useCallback((id: string) => {
    const container = containerRef.current
    if (!container) return
    const entry = [...container.querySelectorAll<HTMLElement>('[data-roving-id]')].find((el) => el.dataset.rovingId === id)
    entry?.querySelector<HTMLElement>('[data-roving-head]')?.focus()
    setActiveId(id)
  }, [])

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
    [ids, focusEntry],
  )

  const onFocus = useCallback((event: FocusEvent<T>) => {
    const id = event.target.closest<HTMLElement>('[data-roving-id]')?.dataset.rovingId
    if (id !== undefined) setActiveId(id)
  }, [])

  /** tabIndex for an entry's head: 0 for the current entry, -1 for the rest. */
  const tabIndexFor = (id: string) => (id === current ? 0 : -1)

  return { containerRef, containerProps: { onKeyDown, onFocus }, tabIndexFor }
}
