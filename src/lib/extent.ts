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
