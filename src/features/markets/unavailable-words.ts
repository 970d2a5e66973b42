import type { Unavailable } from '../../feed/as-of'
import { formatDateTime } from '../../lib/format-time'

/** Why a figure is missing, its moment written in `zone` (`thisYear` from useThisYear); `short` where room is. */
export function unavailableWords(
  { words, brief, at }: Unavailable,
  zone: string,
  thisYear: number,
  { short = false } = {},
) {
  const said = short && brief !== undefined ? brief : words
  return at === null ? said : `${said} ${formatDateTime(at, zone, 'exact', thisYear)}`
}
