/**
 * The items in `compare`'s order: a copy, found so in one pass, when they are already (a feed's
 * lists usually are); else sorted, ties keeping their order.
 */
export function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++)
    if (compare(items[i - 1]!, items[i]!) > 0) return [...items].sort(compare)
  return items.slice()
}

/** Two lists each in `compare`'s order as one, in that order; on a tie, the first list's item first. */
export function mergeSorted<T>(
  first: readonly T[],
  second: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  const merged: T[] = new Array<T>(first.length + second.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < first.length && j < second.length)
    merged[k++] = compare(second[j]!, first[i]!) < 0 ? second[j++]! : first[i++]!
  while (i < first.length) merged[k++] = first[i++]!
  while (j < second.length) merged[k++] = second[j++]!
  return merged
}
