import type { Unavailable } from '../../feed/as-of'
import { formatDateTime } from '../../lib/format-time'

/** Why a figure is missing, its moment written in `zone` (`thisYear` from useThisYear). */
export function unavailableWords({ words, at }: Unavailable, zone: string, thisYear: number) {
  return at === null ? words : `${words} ${formatDateTime(at, zone, 'exact', thisYear)}`
}
