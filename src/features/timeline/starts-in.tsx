import { useNow } from '../../hooks/clock-context'
import { formatDate, relativeLimitMs } from '../../lib/format-time'
import { LiveDuration } from './live-duration'

/** "Starts in 45 min" (ticking); a week or more ahead, "Starts on 12 Aug 2025" in the zone. */
export function StartsIn({
  from,
  zone,
  capital = false,
}: {
  from: number
  zone: string
  capital?: boolean
}) {
  const now = useNow(60_000)
  const verb = capital ? 'Starts' : 'starts'
  if (from - now >= relativeLimitMs)
    return (
      <>
        {verb} on {formatDate(from, zone)}
      </>
    )
  return (
    <>
      {verb} in <LiveDuration from={from} mode="countdown" />
    </>
  )
}
