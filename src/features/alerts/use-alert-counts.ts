import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { sessionsQueries } from '../../feed/queries'
import { useFeed } from '../../hooks/use-feed'
import { calledOffBlocker } from './called-off-rules'
import { useAlertRules } from './use-alert-rules'

/**
 * The viewer's alerts counted for the header: how many are set, how many of those not muted can
 * fire, and how many cannot, being on a session the feed has called off (`calledOffBlocker`).
 */
export function useAlertCounts(): { set: number; canFire: number; cannotFire: number } {
  const { rules } = useAlertRules()
  const sessions = useQuery(sessionsQueries.list(useFeed())).data?.sessions
  return useMemo(() => {
    const byId = new Map((sessions ?? []).map((s) => [s.id, s]))
    const live = rules.filter((r) => !r.muted)
    const cannotFire = live.filter((r) => calledOffBlocker(r, byId) !== null).length
    return { set: rules.length, canFire: live.length - cannotFire, cannotFire }
  }, [rules, sessions])
}
