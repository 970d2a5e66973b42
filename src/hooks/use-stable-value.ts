import { useState } from 'react'

/**
 * `value`, or the one kept from an earlier render while `equal` says nothing changed: a poll that
 * rebuilds the same rows passes the same array, and a memoised chart skips its redraw.
 */
export function useStableValue<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value)
  if (kept === value) return kept
  if (equal(kept, value)) return kept
  setKept(value)
  return value
}

/** Same length and the same numbers (or nulls) at the same places. */
export function samePoints(
  a: readonly { t: number; v: number | null }[],
  b: readonly { t: number; v: number | null }[],
): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i]!.t !== b[i]!.t || a[i]!.v !== b[i]!.v) return false
  return true
}

/** Same length and the same items (===) at the same places. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
