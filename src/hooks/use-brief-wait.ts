import { useEffect, useState } from 'react'

/**
 * True while `waiting` holds, for at most `ms` from mount: a part can wait briefly for data that
 * would otherwise arrive after it and move it (layout shift), without hanging on that data.
 */
export function useBriefWait(waiting: boolean, ms: number): boolean {
  const [expired, setExpired] = useState(false)
  useEffect(() => {
    if (!waiting || expired) return
    const timer = setTimeout(() => setExpired(true), ms)
    return () => clearTimeout(timer)
  }, [waiting, expired, ms])
  return waiting && !expired
}
