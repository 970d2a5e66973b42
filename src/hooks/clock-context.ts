import { createContext, useContext, useEffect, useState } from 'react'
import { yearOf } from '../lib/format-time'

/**
 * The page's clock: `now = anchorNow + (wall - anchorWall) * rate`. Live: the server's time
 * (anchorNow is the server's offset). Demo: the feed's pinned moment, running on from when it
 * arrived (at the feed's clockRate when it plays a day fast). Replay: the chosen moment, rate 0.
 */
export type PageClock = { anchorNow: number; anchorWall: number; rate: number }

export const wallClock: PageClock = { anchorNow: 0, anchorWall: 0, rate: 1 }

export const ClockContext = createContext<PageClock>(wallClock)

export function clockNow(clock: PageClock, wall: number): number {
  return clock.anchorNow + (wall - clock.anchorWall) * clock.rate
}

/** Wall time and the dashboard's "now", ticking every `intervalMs`. */
export function useClock(intervalMs = 1000): { wall: number; now: number } {
  const clock = useContext(ClockContext)
  const [wall, setWall] = useState(() => Date.now())
  useEffect(() => {
    // Catch up only if the first render is an interval behind: a re-render of every clock reader
    // for a few milliseconds would cost a long page its first frames.
    setWall((shown) => (Date.now() - shown >= intervalMs ? Date.now() : shown))
    const id = setInterval(() => setWall(Date.now()), intervalMs)
    return () => clearInterval(id)
  }, [intervalMs])
  return { wall, now: clockNow(clock, wall) }
}

/** The dashboard's "now" (see PageClock). */
export function useNow(intervalMs = 1000): number {
  return useClock(intervalMs).now
}

/**
 * A moment (mid-year) in the year of the page's clock in `zone` when the component mounted, for
 * "say the year of a date of another year", without a timer re-rendering the component: a page
 * open across New Year's Eve names the new year's dates with their year until it is reloaded.
 */
export function useThisYear(zone: string): number {
  const clock = useContext(ClockContext)
  const [wall] = useState(() => Date.now())
  return Date.UTC(Number(yearOf(clockNow(clock, wall), zone)), 6, 1)
}
