import { whenIdle } from '../../lib/when-idle'
import { searchTextOf, type QuoteRow } from './quote-rows'

/**
 * Makes the rows' search text while the page is idle, a few rows at a time, so the first search
 * finds it ready without the first render having waited for it. Returns a cancel function.
 */
export function prepareSearchTextWhenIdle(rows: readonly QuoteRow[]): () => void {
  let next = 0
  let cancel = whenIdle(function step(deadline) {
    while (next < rows.length && deadline.timeRemaining() > 1) {
      const end = Math.min(rows.length, next + 64)
      for (; next < end; next++) searchTextOf(rows[next]!)
    }
    if (next < rows.length) cancel = whenIdle(step)
  })
  return () => cancel()
}
