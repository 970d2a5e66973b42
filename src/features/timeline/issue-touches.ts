import type { Development, OpenIssue, Quote, Session } from '../../feed/schemas/types'

export type IssueTouches = { sessions: Session[]; quotes: Quote[]; developments: Development[] }

/** The sessions, quotes and developments that touched an open issue's topic, in time order. */
export function touchesOf(
  issue: OpenIssue,
  sessions: readonly Session[],
  quotes: readonly Quote[],
  developments: readonly Development[],
): IssueTouches {
  // Each time parsed once, not in every comparison (a long feed has thousands of quotes per topic).
  const byTime = <T>(items: T[], at: (item: T) => string): T[] =>
    items
      .map((item) => ({ item, t: Date.parse(at(item)) }))
      .sort((a, b) => a.t - b.t)
      .map(({ item }) => item)
  return {
    sessions: byTime(
      sessions.filter((s) => s.topicIds.includes(issue.topicId)),
      (s) => s.start,
    ),
    quotes: byTime(
      quotes.filter((q) => q.topicIds.includes(issue.topicId)),
      (q) => q.saidAt,
    ),
    developments: byTime(
      developments.filter((d) => d.topicIds.includes(issue.topicId)),
      (d) => d.at,
    ),
  }
}
