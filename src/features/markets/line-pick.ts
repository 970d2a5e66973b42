import { useCallback, useState } from 'react'

/** What a legend entry spreads on itself to pick out its line while pointed at or focused. */
export type PickHandlers = {
  onPointerEnter: () => void
  onPointerLeave: () => void
  onFocus: () => void
  onBlur: () => void
}

/**
 * The instrument whose line is picked out of many: the legend entry under the pointer, else the
 * one with keyboard focus (on a phone, a tapped box keeps focus once the finger has lifted).
 */
export function useLinePick() {
  const [hovered, setHovered] = useState<string | null>(null)
  const [focused, setFocused] = useState<string | null>(null)
  const pickHandlers = useCallback(
    (id: string): PickHandlers => ({
      onPointerEnter: () => setHovered(id),
      onPointerLeave: () => setHovered((was) => (was === id ? null : was)),
      onFocus: () => setFocused(id),
      onBlur: () => setFocused((was) => (was === id ? null : was)),
    }),
    [],
  )
  return { picked: hovered ?? focused, pickHandlers }
}
