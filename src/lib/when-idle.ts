export type IdleTime = { timeRemaining: () => number }

/**
 * Runs `task` in an idle moment (at the latest after `timeoutMs`). Where the browser has no idle
 * callbacks (Safari, a test DOM): on a timer after `fallbackMs`, with a slice of 8 ms. Returns the
 * function that cancels it.
 */
export function whenIdle(
  task: (idle: IdleTime) => void,
  { timeoutMs = 5_000, fallbackMs = 50 } = {},
): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(() => {
    const start = performance.now()
    task({ timeRemaining: () => Math.max(0, 8 - (performance.now() - start)) })
  }, fallbackMs)
  return () => clearTimeout(handle)
}
