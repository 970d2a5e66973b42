import { searchTextOf, type QuoteRow } from './quote-rows'

type Idle = { timeRemaining: () => number }

const whenIdle = (step: (deadline: Idle) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(step, { timeout: 5_000 })
    return () => cancelIdleCallback(handle)
  }
  // No idle callbacks (Safari, a test DOM): a timer, and a slice of 8 ms.
  const handle = setTimeout(() => {
    const start = performance.now()
    step({ timeRemaining: () => Math.max(0, 8 - (performance.now() - start)) })
  }, 50)
  return () => clearTimeout(handle)
}

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
