import { act } from '@testing-library/react'
import { vi } from 'vitest'

// Taken before any test fakes them: the pace of `advanceUntil` and its give-up time are real.
const realSetTimeout = globalThis.setTimeout
const realNow = () => performance.now()

/**
 * Fakes every timer the app schedules (polling, retries and their backoff, debounces, dwell,
 * progressive mounting) and the Date. Nothing moves unless the test advances it: no real time
 * leaks in, however busy the machine.
 */
export function useFakeClock(now?: number) {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  })
  if (now !== undefined) vi.setSystemTime(now)
}

/** Moves the fake clock on by `ms`, running every timer due on the way, inside act(). */
export const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

/**
 * Waits for a condition under the fake clock: checks it, then lets real work (responses, lazy
 * modules) progress for `pause` real milliseconds and the fake clock move on by `step`, until it
 * holds. With the defaults the fake clock moves no faster than real time, so a slow machine makes
 * a test wait longer instead of racing past a timer. Gives up after `timeout` real milliseconds
 * (stretched on a busy machine).
 */
export async function advanceUntil<T>(
  check: () => T,
  { step = 20, pause = 20, timeout = 20_000 } = {},
): Promise<T> {
  const started = realNow()
  const limit = timeout * Math.max(1, Number(process.env.TTM_TIME_SCALE) || 1)
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (realNow() - started > limit) throw error
    }
    await new Promise((resolve) => realSetTimeout(resolve, pause))
    await advance(step)
  }
}
