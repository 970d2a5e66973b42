/** See byReference. */
class ComparedByReference {}

/**
 * A shallow copy of `value` that React Query's structural sharing compares by reference instead of
 * walking it: it walks every plain object and array of a query's data (and of a `combine`'s result)
 * to keep what did not change, and a tick series brought 70,000 points of it to every replay step.
 * For values made anew only when they changed (a new answer, a new cut), whose identity says so.
 */
export function byReference<T extends object>(value: T): T {
  return Object.assign(Object.create(ComparedByReference.prototype) as T, value)
}
