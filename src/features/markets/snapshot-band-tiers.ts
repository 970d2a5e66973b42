import { foldAfter } from '../../lib/fold-list'

type Tier = {
  cells: number
  shown: string
  moreShown: string
  /** The grid's columns from this width, by the places filled (where more than at the width before). */
  columns: Partial<Record<number, string>>
}

/**
 * Past a desk's six cells, a wider band holds more in its one row (a 1920 or 2560 px screen left
 * each of six cells 300 to 400 px for 150 px of figures): eight, ten and twelve, from the band
 * widths where each cell is still as wide as on a 1366 px desk. Chosen by container queries, so
 * the band's height, and the page's first frame, do not wait for a measurement. Class names are
 * written out whole for Tailwind to find them.
 */
const wideTiers: Tier[] = [
  {
    cells: 8,
    shown: '@[110rem]:block',
    moreShown: 'hidden @[110rem]:block @[138rem]:hidden',
    columns: { 7: '@[110rem]:grid-cols-7', 8: '@[110rem]:grid-cols-8' },
  },
  {
    cells: 10,
    shown: '@[138rem]:block',
    moreShown: 'hidden @[138rem]:block @[165rem]:hidden',
    columns: { 9: '@[138rem]:grid-cols-9', 10: '@[138rem]:grid-cols-10' },
  },
  {
    cells: 12,
    shown: '@[165rem]:block',
    moreShown: 'hidden @[165rem]:block',
    columns: { 11: '@[165rem]:grid-cols-11', 12: '@[165rem]:grid-cols-12' },
  },
]

/** On a band of `cells` places, how many instruments of `count` it shows (the last place "+N more"). */
const shownOf = (count: number, cells: number) => (count <= cells ? count : cells - 1)

/** A "+N more" cell of one band width: how many it counts, and the class showing it only there. */
export type BandMore = { hidden: number; shownClass: string }

/**
 * For a band of `count` instruments: each shown instrument's class (empty where a desk's six show
 * it, else shown from the width that has room for it), the "+N more" of each band width, and the
 * grid's column classes for the wide bands. A band of six or fewer is as before.
 */
export function wideBand(count: number): {
  cellClasses: string[]
  more: BandMore[]
  columnClasses: string
} {
  const base = shownOf(count, foldAfter)
  if (count <= foldAfter)
    return { cellClasses: Array<string>(count).fill(''), more: [], columnClasses: '' }
  const widest = wideTiers[wideTiers.length - 1]!
  const cellClasses = Array.from({ length: shownOf(count, widest.cells) }, (_, index) =>
    index < base
      ? ''
      : `hidden ${wideTiers.find((tier) => index < shownOf(count, tier.cells))!.shown}`,
  )
  const more: BandMore[] = [
    { hidden: count - base, shownClass: '@[110rem]:hidden' },
    ...wideTiers
      .filter((tier) => count > tier.cells)
      .map((tier) => ({ hidden: count - shownOf(count, tier.cells), shownClass: tier.moreShown })),
  ]
  const columnClasses = wideTiers
    .map((tier) => tier.columns[Math.min(count, tier.cells)])
    .filter(Boolean)
    .join(' ')
  return { cellClasses, more, columnClasses }
}
