/** How many items a one-line list (the snapshot band, the briefing's moves) shows before it folds. */
export const foldAfter = 6

/**
 * The items a one-line list shows: all of them up to `max`, else the first `max - 1` and a count of
 * the rest, so that the "+N more" in the last place keeps the list at `max` places.
 */
export function foldList<T>(items: readonly T[], max = foldAfter) {
  const shown = items.length > max ? items.slice(0, max - 1) : items
  return { shown, hidden: items.length - shown.length }
}
