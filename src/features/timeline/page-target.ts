/** Entries a page key moves in a list without sections. */
export const pageStep = 10

/**
 * Where PageUp (-1) or PageDown (+1) moves from the entry at `index`: to the previous section head
 * (the one the entry is in, from inside it) or the next one, or the first or last entry when there
 * is none that way; in a list with no sections, `pageStep` entries. Pure.
 */
export function pageTarget(
  ids: readonly string[],
  index: number,
  direction: 1 | -1,
  isSection: (id: string) => boolean,
): string | undefined {
  if (!ids.some(isSection)) {
    return ids[Math.max(0, Math.min(ids.length - 1, index + direction * pageStep))]
  }
  for (let i = index + direction; i >= 0 && i < ids.length; i += direction) {
    const id = ids[i]
    if (id !== undefined && isSection(id)) return id
  }
  return direction === 1 ? ids.at(-1) : ids[0]
}
