import { useContext, useEffect, useRef } from 'react'
import { ClockContext, clockNow } from '../../hooks/clock-context'
import type { AlertRule } from './alert-rules'
import { pushNotices } from './alert-toasts-store'
import { calledOffBlocker } from './called-off-rules'
import { goneNews, type ListedRules } from './gone-news'
import { useAlertFeed } from './use-alert-feed'
import { useFeedListing } from './use-feed-listing'
import { useRuleDescriber } from './use-rule-describer'

/**
 * Tells the viewer, in a notice apart from alerts fired, when the feed stops listing what one of
 * their alerts is on after having listed it in this visit (`goneNews`): the alert went dead. Not of
 * one on a cancelled session, which could not fire before either. Nothing in replay, whose lists
 * are cut to a past moment (`useFeedListing`).
 */
export function useGoneNotices(rules: readonly AlertRule[]) {
  const alertFeed = useAlertFeed()
  const listing = useFeedListing(alertFeed)
  const sessions = alertFeed.sessions.data?.sessions
  const describe = useRuleDescriber()
  const clock = useContext(ClockContext)
  const listed = useRef<ListedRules>(new Map())

  useEffect(() => {
    const byId = new Map((sessions ?? []).map((s) => [s.id, s]))
    const watched = rules.filter((r) => calledOffBlocker(r, byId)?.status !== 'cancelled')
    const news = goneNews(watched, listing, listed.current, describe)
    listed.current = news.listed
    if (news.notices.length > 0) pushNotices(news.notices, clockNow(clock, Date.now()))
  }, [rules, listing, sessions, describe, clock])
}
