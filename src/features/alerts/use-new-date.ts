import { useCallback } from 'react'
import type { Session } from '../../feed/schemas/types'
import { useThisYear } from '../../hooks/clock-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { formatShortDate } from '../../lib/format-time'

/**
 * A postponed session's new date in the display zone ("19 Sep", with its year when not this
 * year's), or null while the feed gives none.
 */
export function useNewDate(): (session: Pick<Session, 'rescheduledTo'>) => string | null {
  const [zone] = useDisplayZone()
  const thisYear = useThisYear(zone)
  return useCallback(
    (session) =>
      session.rescheduledTo === undefined
        ? null
        : formatShortDate(session.rescheduledTo, zone, thisYear),
    [zone, thisYear],
  )
}
