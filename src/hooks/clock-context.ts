import { createContext, useContext, useEffect, useState } from 'react'

/** Milliseconds to add to the wall clock: non-zero when the feed pins "now" (demo, replay). */
export const ClockOffsetContext = createContext(0)

/** Wall time and the dashboard's "now", ticking every `intervalMs`. */
export function useClock(intervalMs = 1000): { wall: number; now: number } {
  const offset = useContext(ClockOffsetContext)
  const [wall, setWall] = useState(() => Date.now())
  useEffect(() => {
    setWall(Date.now())
    const id = setInterval(() => setWall(Date.now()), intervalMs)
    return () => clearInterval(id)
  }, [intervalMs])
  return { wall, now: wall + offset }
}

/** The dashboard's "now"; in demo mode it starts at the feed's pinned moment and runs on. */
export function useNow(intervalMs = 1000): number {
  return useClock(intervalMs).now
}
