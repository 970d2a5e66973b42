import { sortByTime } from '../../lib/sort-by-time'
import type { Development, OpenIssue, Quote, Session } from '../../feed/schemas/types'

export type IssueTouches = { sessions: Session[]; quotes: Quote[]; developments: Development[] }

/** The sessions, quotes and developments that touched an open issue's topic, in time order. */
export function touchesOf(
  issue: OpenIssue,
  sessions: readonly Session[],
  quotes: readonly Quote[],
  developments: readonly Development[],
): IssueTouches {
  return {
    sessions: sortByTime(
      sessions.filter((s) => s.topicIds.includes(issue.topicId)),
      (s) => s.start,
    ),
    quotes: sortByTime(
      quotes.filter((q) => q.topicIds.includes(issue.topicId)),
      (q) => q.saidAt,
    ),
    developments: sortByTime(
      developments.filter((d) => d.topicIds.includes(issue.topicId)),
      (d) => d.at,
    ),
  }
}
