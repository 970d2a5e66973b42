import { useMemo } from 'react'
import { calledOffBlocker } from './called-off-rules'
import { goneFromFeed } from './gone-from-feed'
import { useAlertFeed } from './use-alert-feed'
import { useAlertRules } from './use-alert-rules'
import { useFeedListing } from './use-feed-listing'

export type AlertCounts = {
  set: number
  canFire: number
  cannotFire: number
  /** Of those that cannot fire, how many are on a session called off, how many on an item gone. */
  calledOff: number
  gone: number
}

/**
 * The viewer's alerts counted for the header: how many are set, how many of those not muted can
 * fire, and how many cannot, being on a session the feed has called off (`calledOffBlocker`) or on
 * an instrument, session or event its list, in whole, no longer holds (`goneFromFeed`). A list not
 * in (loading, failed) stops none.
 */
export function useAlertCounts(): AlertCounts {
  const { rules } = useAlertRules()
  const alertFeed = useAlertFeed()
  const sessions = alertFeed.sessions.data?.sessions
  const listing = useFeedListing(alertFeed)
  return useMemo(() => {
    const byId = new Map((sessions ?? []).map((s) => [s.id, s]))
    const live = rules.filter((r) => !r.muted)
    const calledOff = live.filter((r) => calledOffBlocker(r, byId) !== null)
    const gone = live.filter((r) => goneFromFeed(r, listing))
    const cannotFire = new Set([...calledOff, ...gone]).size
    return {
      set: rules.length,
      canFire: live.length - cannotFire,
      cannotFire,
      calledOff: calledOff.length,
      gone: gone.length,
    }
  }, [rules, sessions, listing])
}
