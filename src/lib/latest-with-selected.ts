/**
 * The last `cap` items of a list in time order, with the selected one first when it is older:
 * what a select offers from a long list whose earlier items are chosen elsewhere (the timeline).
 */
export function latestWithSelected<T>(
  items: readonly T[],
  cap: number,
  isSelected: (item: T) => boolean,
): T[] {
  const latest = items.slice(-cap)
  const selected = items.find(isSelected)
  return selected !== undefined && !latest.includes(selected) ? [selected, ...latest] : latest
}
