import type { AlertRule } from './alert-rules'
import type { FiredAlert } from './alert-world'
import { feedStanding, type FeedListing } from './gone-from-feed'

/**
 * The rules whose instrument, session or event the feed was last known to list in this visit, by
 * rule id, each with its words from then (once gone, the feed no longer names what it is on).
 */
export type ListedRules = ReadonlyMap<string, string>

/**
 * A notice for each rule whose item the feed listed earlier in this visit and no longer lists (the
 * rule can no longer fire), and the rules listed now. A rule first seen gone is not news: the
 * alerts dialog says so. While a list is not in whole (loading, failed, records not read, replay)
 * a rule keeps what was known, so its item leaving is told once the list is in again. Told once
 * per leaving: again only after the feed has listed it again. Muted rules are left out.
 */
export function goneNews(
  rules: readonly AlertRule[],
  listing: FeedListing,
  before: ListedRules,
  describe: (rule: AlertRule) => string,
): { notices: FiredAlert[]; listed: ListedRules } {
  const listed = new Map<string, string>()
  const notices: FiredAlert[] = []
  for (const rule of rules) {
    if (rule.muted) continue
    const was = before.get(rule.id)
    switch (feedStanding(rule, listing)) {
      case 'listed':
        listed.set(rule.id, describe(rule))
        break
      case 'unknown':
        if (was !== undefined) listed.set(rule.id, was)
        break
      case 'gone':
        if (was !== undefined)
          notices.push({
            key: `gone:${rule.id}`,
            ruleId: rule.id,
            title: `Alert will not fire: ${was}`,
            body: 'What it is on is no longer in the feed. The alert is kept, and works again if the feed lists it again.',
          })
    }
  }
  return { notices, listed }
}
