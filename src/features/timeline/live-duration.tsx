import { useNow } from '../../hooks/clock-context'
import { formatDuration, formatElapsed } from '../../lib/format-time'

/**
 * A duration that ticks every second: time elapsed since `from` ("1 h 05 min 09 s"), or the time
 * left until `from` ("45 min", rounded up to the minute like a countdown). Only this element re-renders
 * each second.
 */
export function LiveDuration({ from, mode }: { from: number; mode: 'elapsed' | 'countdown' }) {
  const now = useNow(1000)
  const left = from - now
  const text = mode === 'elapsed' ? formatElapsed(now - from) : formatDuration(left >= 60_000 ? Math.ceil(left / 60_000) * 60_000 : left)
  return <span className="tabular-nums">{text}</span>
}
