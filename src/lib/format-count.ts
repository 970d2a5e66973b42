const counts = new Intl.NumberFormat('en-GB')

/**
 * A count as the page writes it ("20,000"). One formatter for the page: toLocaleString builds one at
 * each call, and a long feed's lists write hundreds of counts at each render.
 */
export function formatCount(count: number): string {
  return counts.format(count)
}

/** A count with its noun, plural unless one ("1 file", "20,000 quotes"). */
export function countOf(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`
}
