import { latestByTime, sortByTime } from '../../lib/sort-by-time'
import type { Development, OpenIssue, Quote, Session } from '../../feed/schemas/types'

export type IssueTouches = {
  /** Every session on the topic, oldest first. */
  sessions: Session[]
  /** The latest quotes on the topic (all, unless capped), oldest first. */
  quotes: Quote[]
  quoteCount: number
  developmentCount: number
}

/** The sessions, the latest quotes and the number of developments that touched an open issue's topic. */
export function touchesOf(
  issue: OpenIssue,
  sessions: readonly Session[],
  quotes: readonly Quote[],
  developments: readonly Development[],
  latestQuotes = Infinity,
): IssueTouches {
  const onTopic = (item: { topicIds: readonly string[] }) => item.topicIds.includes(issue.topicId)
  const quotesOnTopic = quotes.filter(onTopic)
  let developmentCount = 0
  for (const development of developments) if (onTopic(development)) developmentCount++
  return {
    sessions: sortByTime(sessions.filter(onTopic), (s) => s.start),
    quotes: latestByTime(quotesOnTopic, (q) => q.saidAt, latestQuotes),
    quoteCount: quotesOnTopic.length,
    developmentCount,
  }
}
