import { useEffect, useMemo, useRef, useState } from 'react'
import { readLastLook, writeLastLook, type LastLook } from './last-look'

const visible = () => typeof document === 'undefined' || document.visibilityState === 'visible'

/**
 * "Since you last looked": the look kept from the viewer's previous visit (null on a first visit).
 * Coming back to a tab that was hidden makes the moment it was left the new baseline.
 */
export function useLastLookBaseline(feedBaseUrl: string): LastLook | null {
  const [baseline, setBaseline] = useState(() => ({
    feed: feedBaseUrl,
    look: readLastLook(feedBaseUrl),
  }))
  if (baseline.feed !== feedBaseUrl)
    setBaseline({ feed: feedBaseUrl, look: readLastLook(feedBaseUrl) })
  useEffect(() => {
    const onVisibility = () => {
      if (visible()) setBaseline({ feed: feedBaseUrl, look: readLastLook(feedBaseUrl) })
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => document.removeEventListener('visibilitychange', onVisibility)
  }, [feedBaseUrl])
  return baseline.look
}

/**
 * Keeps `current` as the viewer's last look while the page is visible (and once more as it is
 * hidden), so the next visit measures from what was on screen. Null (replay, data still loading)
 * writes nothing.
 */
function useRememberLook(feedBaseUrl: string, current: LastLook | null): void {
  const latest = useRef(current)
  useEffect(() => {
    latest.current = current
    if (current !== null && visible()) writeLastLook(feedBaseUrl, current)
  }, [feedBaseUrl, current])
  useEffect(() => {
    const onVisibility = () => {
      if (!visible() && latest.current) writeLastLook(feedBaseUrl, latest.current)
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => document.removeEventListener('visibilitychange', onVisibility)
  }, [feedBaseUrl])
}

/**
 * Keeps each instrument's latest price as the viewer's last look, taken anew when a price changes
 * (not every tick). `moves` is null until every series has settled, and in replay.
 */
export function useRememberPrices(
  feedBaseUrl: string,
  moves: readonly { id: string; latest: { t: number; v: number } | null }[] | null,
  now: number,
): void {
  const key = moves
    ? moves.map((m) => (m.latest ? `${m.id}@${m.latest.t}=${m.latest.v}` : '')).join()
    : null
  const look = useMemo(() => {
    if (key === null || !moves) return null
    const prices: Record<string, { t: number; v: number }> = {}
    for (const move of moves) if (move.latest) prices[move.id] = move.latest
    return { at: now, prices }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  useRememberLook(feedBaseUrl, look)
}
