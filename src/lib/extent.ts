/**
 * The least and greatest of `values`, or null when there are none. A loop, not Math.min(...values):
 * spreading a tick series' hundreds of thousands of points overflows the call stack.
 */
export function extent(values: Iterable<number>): [number, number] | null {
  let least = Infinity
  let greatest = -Infinity
  for (const value of values) {
    if (value < least) least = value
    if (value > greatest) greatest = value
  }
  return least > greatest ? null : [least, greatest]
}

/** The extent of the points' values, without an array of them. */
export function valueExtent(points: readonly { readonly v: number }[]): [number, number] | null {
  let least = Infinity
  let greatest = -Infinity
  for (let i = 0; i < points.length; i++) {
    const value = points[i]!.v
    if (value < least) least = value
    if (value > greatest) greatest = value
  }
  return least > greatest ? null : [least, greatest]
}
