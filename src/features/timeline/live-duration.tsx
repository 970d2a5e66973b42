import { useNow } from '../../hooks/clock-context'
import { formatDuration, formatElapsed } from '../../lib/format-time'

/**
 * A duration that ticks every second: time elapsed since `from` ("1 h 05 min 09 s"), or the time
 * left until `from` ("45 min"). Only this element re-renders each second.
 */
export function LiveDuration({ from, mode }: { from: number; mode: 'elapsed' | 'countdown' }) {
  const now = useNow(1000)
  return <span className="tabular-nums">{mode === 'elapsed' ? formatElapsed(now - from) : formatDuration(from - now)}</span>
}
