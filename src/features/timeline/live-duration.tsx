import { useNow } from '../../hooks/clock-context'
import { formatElapsed } from '../../lib/format-time'
import { formatCountdown } from './talks-now'

/**
 * A duration that ticks every second: time elapsed since `from` ("1 h 05 min 09 s"), or the time
 * left until `from` ("45 min", rounded up to the minute like a countdown). Only this element re-renders
 * each second.
 */
export function LiveDuration({ from, mode }: { from: number; mode: 'elapsed' | 'countdown' }) {
  const now = useNow(1000)
  const text = mode === 'elapsed' ? formatElapsed(now - from) : formatCountdown(from - now)
  return (
    <span data-ticks="" className="tabular-nums">
      {text}
    </span>
  )
}
